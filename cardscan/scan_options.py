"""How a scan reads photos: OCR engine, languages, region and workers. Light (no OpenCV): the triage app holds
these from its command line without loading the scanner until a scan starts."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES

# A worker peaks at ~0.3-0.45 GB (OCR models + a 12-MP photo being read): two keep a scan under 1 GiB
# whatever the machine; --jobs N asks for more.
DEFAULT_MAX_WORKERS = 2


@dataclass(frozen=True)
class ScanOptions:
    engine: str = DEFAULT_ENGINE
    languages: str = DEFAULT_LANGUAGES
    default_region: str | None = None
    jobs: int = 0  # 0: one worker per core, at most DEFAULT_MAX_WORKERS

    def worker_count(self, photos: int) -> int:
        jobs = self.jobs if self.jobs > 0 else min(os.cpu_count() or 1, DEFAULT_MAX_WORKERS)
        return max(1, min(jobs, photos))
