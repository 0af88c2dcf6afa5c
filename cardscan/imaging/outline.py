"""Measuring and moving the sides of a card outline against the image's edges."""

from __future__ import annotations

import cv2
import numpy as np

Line = tuple[np.ndarray, np.ndarray]  # a point on the line and its unit direction

# Lab weights: colour differences count more than brightness (shadows, light fall-off).
CHROMA_WEIGHT = 1.6
STEP_CONTRAST = 8.0  # Lab units (OpenCV 8-bit scale) between just inside and just outside
RIDGE_DEPTH = 7.0  # grey levels a thin dark line (cut edge, shadow line) must sink below both sides


def intersect(a: Line, b: Line) -> np.ndarray | None:
    (p, r), (q, s) = a, b
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6:
        return None
    t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / cross
    return np.asarray(p + t * r, dtype=np.float64)


def inward_normal(quad: np.ndarray, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Side i of a quad: start point, direction vector (not unit), inward unit normal, length."""
    p, q = quad[i], quad[(i + 1) % 4]
    d = q - p
    length = float(np.hypot(d[0], d[1]))
    u = d / max(length, 1e-9)
    n = np.array([-u[1], u[0]])
    if np.dot(quad.mean(axis=0) - (p + q) / 2, n) < 0:
        n = -n
    return p, d, n, length


def sample_points(img: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """Bilinear samples of img (1 or 3 channels) at pts (..., 2); float32, shape (..., channels)."""
    shape = pts.shape[:-1]
    flat = pts.reshape(-1, 2).astype(np.float32)
    count = len(flat)
    width = min(count, 1024)  # remap maps must stay under 32767 pixels a side
    rows = -(-count // width)
    if rows * width != count:
        flat = np.concatenate([flat, np.zeros((rows * width - count, 2), np.float32)])
    grid = flat.reshape(rows, width, 2)
    out = cv2.remap(img, grid[..., 0], grid[..., 1], cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    channels = 1 if out.ndim == 2 else out.shape[-1]
    return out.reshape(-1, channels)[:count].astype(np.float32).reshape(*shape, channels)


class EdgeEvidence:
    """Tests whether a line in the photo is a card's edge: a colour step, or a thin dark line.

    Colour steps are measured on the small Lab working copy; thin lines (the cut edge of a
    white card on white paper, a scanner's shadow line) on the full-resolution photo, where
    they are still a few pixels wide.
    """

    def __init__(self, lab_small: np.ndarray, full_bgr: np.ndarray, k: int) -> None:
        self.labf = lab_small.astype(np.float32)
        self.full = full_bgr
        self.k = k

    def support(self, p: np.ndarray, d: np.ndarray, n: np.ndarray, t: np.ndarray) -> np.ndarray:
        """For points p + t*d (working-copy coordinates), whether each is on an edge with normal n."""
        return self.support_at(p[None, :] + t[:, None] * d[None, :], n)

    def support_at(self, pts: np.ndarray, n: np.ndarray, *, lines: bool = True) -> np.ndarray:
        """For points (N, 2) in working-copy coordinates, whether each is on an edge with normal n.

        With lines=False only colour steps count (cheaper: no full-resolution sampling).
        """
        off = 2.5
        both = sample_points(self.labf, np.stack([pts + n * off, pts - n * off]))
        diff = both[0] - both[1]
        diff[:, 1:] *= CHROMA_WEIGHT
        step = (diff * diff).sum(axis=1) > STEP_CONTRAST * STEP_CONTRAST
        if lines and not step.all():
            missing = np.nonzero(~step)[0]
            step[missing] = self._ridge(pts[missing], n)
        return step

    def _ridge(self, pts: np.ndarray, n: np.ndarray) -> np.ndarray:
        k = self.k
        full_pts = pts * k + (k - 1) / 2.0
        reach = 1.5 * k + 1.5
        offsets = np.concatenate([[-(reach + 2 * k + 2), -(reach + k + 1)], np.arange(-reach, reach + 0.1, 1.0),
                                  [reach + k + 1, reach + 2 * k + 2]])
        grid = full_pts[:, None, :] + offsets[None, :, None] * n[None, None, :]
        bgr = sample_points(self.full, grid)
        gray = bgr[..., 0] * 0.114 + bgr[..., 1] * 0.587 + bgr[..., 2] * 0.299 if bgr.shape[-1] == 3 else bgr[..., 0]
        outside = gray[:, :2].mean(axis=1)
        inside = gray[:, -2:].mean(axis=1)
        line = gray[:, 2:-2]
        # Smooth along the side a little: noise must not make a line.
        line = cv2.blur(line, (1, 3)) if line.shape[0] >= 3 else line
        depth = np.minimum(outside, inside) - line.min(axis=1)
        return np.asarray(depth > RIDGE_DEPTH)

    def side_scores(self, quad: np.ndarray) -> list[float]:
        scores = []
        for i in range(4):
            p, d, n, length = inward_normal(quad, i)
            if length < 4:
                return [0.0] * 4
            count = max(10, min(48, int(length / 4)))
            t = np.linspace(0.06, 0.94, count)
            scores.append(float(self.support(p, d, n, t).mean()))
        return scores

    def score(self, quad: np.ndarray) -> float:
        """How much of the outline is a real edge: the mean of the four sides and the weakest side."""
        s = self.side_scores(quad)
        return 0.5 * float(np.mean(s)) + 0.5 * min(s)

    def parallel_edges(self, quad: np.ndarray, i: int, stop: float) -> list[float]:
        """Offsets of straight edges parallel to side i, beyond the side's own edge, nearest first.

        Offsets run along the outward normal up to `stop` (negative: inwards). An edge is a local
        maximum of support over at least 60 % of the side's middle part, separated from the side's
        own edge by a gap without support.
        """
        p, d, n, length = inward_normal(quad, i)
        step = 1.0 if stop > 0 else -1.0
        offsets = np.arange(0.0, stop, step)
        if len(offsets) < 3 or length < 8:
            return []
        t = np.linspace(0.15, 0.85, 20)
        base = p[None, :] + t[:, None] * d[None, :]
        pts = base[None, :, :] - offsets[:, None, None] * n[None, None, :]
        sup = self.support_at(pts.reshape(-1, 2), n, lines=False).reshape(len(offsets), len(t)).mean(axis=1)
        gap = np.nonzero(sup < 0.35)[0]
        if len(gap) == 0:
            return []
        found: list[float] = []
        for j in range(int(gap[0]) + 1, len(offsets)):
            peak = sup[j] >= 0.6 and sup[j] >= sup[j - 1] and sup[j] >= sup[min(len(sup) - 1, j + 1)]
            if peak and (not found or abs(offsets[j] - found[-1]) > 2.5):
                found.append(float(offsets[j]))
        return found

    def continuation(self, quad: np.ndarray) -> float:
        """How many sides run on past a corner as an unbroken edge (the grid of a pattern), 0..1.

        A card's side ends at its corners: past them, the line runs over the table, where a
        texture may give scattered support but not an unbroken line. Each side's two ends count.
        """
        ends = []
        for i in range(4):
            p, d, n, length = inward_normal(quad, i)
            if length < 4:
                return 0.0
            for t in (np.linspace(-0.25, -0.08, 8), np.linspace(1.08, 1.25, 8)):
                ends.append(float(self.support_at(p + t[:, None] * d, n).mean()) >= 0.85)
        return float(np.mean(ends))


def fit_line(pts: np.ndarray) -> Line:
    """A robust straight line through points: least squares, then again without the outliers."""
    pts = np.asarray(pts, dtype=np.float64)
    for _ in range(2):
        origin = pts.mean(axis=0)
        centred = pts - origin
        cov = centred.T @ centred
        _, evecs = np.linalg.eigh(cov)
        direction = evecs[:, 1]
        residual = np.abs(centred @ evecs[:, 0])
        limit = max(1.0, 3.7 * float(np.partition(residual, len(residual) // 2)[len(residual) // 2]))
        inliers = residual <= limit
        if inliers.all() or inliers.sum() < max(3, len(pts) // 2):
            break
        pts = pts[inliers]
    return origin, direction


def snap_to_edges(gray: np.ndarray, quad: np.ndarray, reach: float) -> np.ndarray:
    """Move each side onto the strongest straight edge within `reach` pixels; sub-pixel."""
    h, w = gray.shape[:2]
    lines: list[Line] = []
    for i in range(4):
        p, d, n, length = inward_normal(quad, i)
        if length < 4:
            return quad
        line = _edge_line(gray, p, d, n, reach, w, h)
        lines.append(line if line is not None else (p, d / length))
    out = []
    for i in range(4):
        c = intersect(lines[i - 1], lines[i])
        out.append(c if c is not None else quad[i])
    res = np.array(out)
    if np.abs(res - quad).max() > 3 * reach:
        return quad
    return res


def _edge_line(gray: np.ndarray, p: np.ndarray, d: np.ndarray, n: np.ndarray, reach: float, w: int,
               h: int) -> Line | None:
    length = float(np.hypot(d[0], d[1]))
    u = d / length
    count = int(min(80, max(12, length / 6)))
    t = np.linspace(0.1, 0.9, count)
    offsets = np.arange(-reach, reach + 1, 1.0)
    base = p[None, :] + t[:, None] * d[None, :]
    grid = base[:, None, :] + offsets[None, :, None] * n[None, None, :]
    prof = sample_points(gray, grid)
    prof = prof.mean(axis=-1) if prof.ndim == 3 else prof
    prof = cv2.blur(prof, (1, 3))  # along the side
    deriv = np.abs(np.diff(prof, axis=1))
    best = deriv.argmax(axis=1)
    strength = deriv[np.arange(count), best]
    sub = best.astype(np.float64)
    idx = np.nonzero((best > 0) & (best < deriv.shape[1] - 1))[0]
    if len(idx):
        y0 = deriv[idx, best[idx] - 1]
        y1 = deriv[idx, best[idx]]
        y2 = deriv[idx, best[idx] + 1]
        den = y0 - 2 * y1 + y2
        safe = np.where(np.abs(den) > 1e-6, den, 1.0)
        delta = np.where(np.abs(den) > 1e-6, 0.5 * (y0 - y2) / safe, 0.0)
        sub[idx] += np.clip(delta, -0.5, 0.5)
    pos = offsets[0] + sub + 0.5
    pts = base + pos[:, None] * n[None, :]
    inside_img = (pts[:, 0] > 1) & (pts[:, 0] < w - 2) & (pts[:, 1] > 1) & (pts[:, 1] < h - 2)
    keep = (strength > max(3.0, float(np.median(strength)) * 0.5)) & inside_img
    if keep.sum() < max(6, count // 3):
        return None
    origin, direction = fit_line(pts[keep])
    # Reject a fit that moved too far or turned (an edge inside the card, not its outline).
    mid = p + d / 2
    dist_mid = abs(float(np.dot(mid - origin, np.array([-direction[1], direction[0]]))))
    if dist_mid > reach or abs(float(np.dot(direction, u))) < 0.995:
        return None
    return origin, direction
