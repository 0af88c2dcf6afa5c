"""Job titles and departments: keyword lexicons in the eight card languages.

A line with a role word ("Head of Sales", "Geschäftsführerin", "Responsabile
Vendite", "Jefe de Ventas") is a title; a line with only department words
("Vertrieb", "Afdeling Verkoop", "Département Marketing") is a department.
"""

from __future__ import annotations

import re

from cardscan.extract.geo import fold

# Whole words that name a role (folded: lower case, no accents).
_ROLE_WORDS = """
ceo cto cfo coo cmo cio cso cpo cdo chro cro vp svp evp md gm pdg dg drh daf vd
founder cofounder co-founder owner partner president vicepresident vice-president chairman chairwoman chairperson
chair director manager head lead leader chief officer engineer developer designer architect consultant advisor
adviser analyst specialist coordinator assistant associate executive representative administrator accountant
controller auditor attorney lawyer solicitor barrister counsel paralegal scientist researcher professor lecturer
teacher doctor physician surgeon dentist nurse therapist physiotherapist pharmacist editor journalist writer
author photographer producer curator agent broker buyer planner strategist secretary treasurer intern trainee
supervisor superintendent foreman technician programmer evangelist ambassador recruiter principal fellow postdoc
officer manageress notary translator interpreter illustrator copywriter artist musician chef sommelier
salesman saleswoman salesperson receptionist clerk steward pilot captain trainer coach instructor tutor
geschaftsfuhrer geschaftsfuhrerin geschaftsfuhrender geschaftsfuhrende inhaber inhaberin grunder grunderin
mitgrunder mitgrunderin vorstand vorstandin vorsitzender vorsitzende leiter leiterin leitung direktor direktorin
referent referentin berater beraterin sachbearbeiter sachbearbeiterin mitarbeiter mitarbeiterin assistent assistentin
ingenieur ingenieurin entwickler entwicklerin architekt architektin prokurist prokuristin gesellschafter
gesellschafterin einkaufer einkauferin kaufmann kauffrau steuerberater steuerberaterin rechtsanwalt rechtsanwaltin
notar notarin arzt arztin professorin dozent dozentin managerin spezialist spezialistin koordinator koordinatorin
techniker technikerin meister meisterin redakteur redakteurin journalistin fotograf fotografin designerin gestalter
gestalterin beauftragter beauftragte sprecher sprecherin buchhalter buchhalterin controllerin wirtschaftsprufer
wirtschaftsprufer praktikant praktikantin werkstudent werkstudentin azubi auszubildende vertreter vertreterin
stellvertretender stellvertretende obmann obfrau
directeur directrice president presidente gerant gerante fondateur fondatrice cofondateur cofondatrice associe
associee responsable charge chargee ingenieure consultante conseiller conseillere developpeur developpeuse
architecte commercial commerciale attache attachee assistante comptable avocat avocate juriste notaire medecin
professeure chercheur chercheuse technicien technicienne analyste coordinateur coordinatrice delegue deleguee
secretaire administrateur administratrice gestionnaire redacteur redactrice photographe concepteur conceptrice
stagiaire adjoint adjointe animateur animatrice formateur formatrice vendeur vendeuse directeur-general
amministratore direttore direttrice presidente fondatore fondatrice socio socia titolare responsabile capo
ingegnere consulente progettista sviluppatore sviluppatrice architetto commerciale addetto addetta assistente
impiegato impiegata avvocato avvocatessa commercialista notaio medico professore professoressa ricercatore
ricercatrice tecnico analista coordinatore coordinatrice segretario segretaria geometra agente funzionario
funzionaria dirigente capoprogetto capoufficio capoarea tirocinante stagista consigliere consigliera delegato
delegata rappresentante venditore venditrice
eigenaar oprichter medeoprichter bestuurder voorzitter projectmanager projectleider teamleider afdelingshoofd
hoofd leider adviseur medewerker medewerkster ontwikkelaar accountmanager verkoper vertegenwoordiger secretaris
secretaresse advocaat notaris arts huisarts hoogleraar docent onderzoeker analist coordinator vennoot
bedrijfsleider stagiair directielid bestuurslid algemeen
direktor direktoren verkstallande grundare medgrundare agare ordforande styrelseledamot ansvarig projektledare
projektchef avdelningschef saljchef forsaljningschef marknadschef ekonomichef konsult radgivare utvecklare
ingenjor civilingenjor arkitekt saljare handlaggare advokat jurist lakare lektor forskare analytiker samordnare
sekreterare tekniker redaktor revisor inkopare inkopschef kundansvarig affarsutvecklare vice vvd chef
gerente fundador fundadora cofundador cofundadora propietario propietaria jefe jefa consejero consejera consultor
consultora asesor asesora ingeniero ingeniera desarrollador desarrolladora arquitecto arquitecta auxiliar
administrativo administrativa abogado abogada notario medica profesor profesora investigador investigadora tecnica
coordinador coordinadora secretaria delegado gestor gestora contable disenador disenadora becario becaria
directora director-general comercial vendedor vendedora encargado encargada
diretor diretora socio socia proprietario proprietaria responsavel chefe engenheiro engenheira desenvolvedor
programador programadora arquiteto arquiteta assistente tecnico advogado advogada pesquisador pesquisadora
coordenador coordenadora secretario administrador administradora contabilista estagiario estagiaria
"""
ROLE_WORDS = frozenset(_ROLE_WORDS.split())
# Endings of compound role words ("Vertriebsleiter", "Projectmanager", "Försäljningschef").
ROLE_ENDINGS = (
    "leiter", "leiterin", "manager", "managerin", "fuhrer", "fuhrerin", "berater", "beraterin", "entwickler",
    "entwicklerin", "ingenieur", "ingenieurin", "referent", "referentin", "assistent", "assistentin", "koordinator",
    "koordinatorin", "spezialist", "spezialistin", "techniker", "technikerin", "designer", "designerin", "architekt",
    "architektin", "kaufmann", "kauffrau", "beauftragter", "beauftragte", "sprecher", "sprecherin", "direktor",
    "direktorin", "leider", "adviseur", "medewerker", "ontwikkelaar", "ledare", "chef", "ansvarig", "saljare",
    "konsult", "utvecklare", "handlaggare", "ingenjor", "samordnare", "analytiker", "direktor", "fuhrender",
    "vorstand", "prufer", "pruferin", "planer", "planerin", "vertreter", "vertreterin", "arbeiter", "arbeiterin",
    "bearbeiter", "bearbeiterin", "meister", "meisterin", "redakteur", "redakteurin", "arzt", "arztin", "anwalt",
    "anwaltin", "berater", "officer", "engineer", "developer", "coordinator", "specialist",
)
_ROLE_PHRASES = (
    "head of", "vice president", "managing director", "general manager", "account manager", "key account",
    "project manager", "product manager", "sales manager", "office manager", "business development", "chief",
    "jefe de", "jefa de", "director de", "directora de", "responsable de", "chef de", "chargé de", "chargee de",
    "directeur de", "directrice de", "responsabile", "direttore", "capo", "diretor de", "diretora de", "chefe de",
    "hoofd", "verkstallande direktor", "amministratore delegato", "director general", "directeur general",
    "attorney at law", "leiter der", "leiterin der", "leiter des", "leiterin des",
)
# Role words that are also adjectives of a unit ("Service commercial" is a department).
_WEAK_ROLE_WORDS_TEXT = """
commercial commerciale comercial technique tecnico tecnica technical juridique legale administrativo administrativa
amministrativo amministrativa general
"""
_WEAK_ROLE_WORDS = frozenset(_WEAK_ROLE_WORDS_TEXT.split())
_SENIORITY_TEXT = """
senior junior sr jr lead principal deputy vice assistant stellvertretender stellv adjoint adjointe sous vice-
interim acting
"""
_SENIORITY = frozenset(_SENIORITY_TEXT.split())

_DEPT_STRUCTURE_TEXT = """
department dept dept. division unit abteilung abt bereich geschaftsbereich fachbereich referat lehrstuhl sparte
departement service direction pole dipartimento divisione reparto ufficio settore area afdeling divisie avdelning
avdelningen enhet sektion departamento division direcao direccao servico divisao setor sector seccion secao servizio
servizi afdelingen
"""
_DEPT_STRUCTURE = frozenset(_DEPT_STRUCTURE_TEXT.split())
# Endings of compound department words ("Personalabteilung", "Unternehmenskommunikation", "Personalavdelningen")
_DEPT_ENDINGS = ("abteilung", "avdelningen", "avdelning", "kommunikation", "afdeling", "bereich", "service",
                 "wesen", "controlling", "entwicklung", "kommunikatie", "communicatie")
_DEPT_FUNCTIONS = (
    "sales", "marketing", "finance", "accounting", "human resources", "hr", "it", "legal", "research",
    "development", "r&d", "operations", "logistics", "procurement", "purchasing", "engineering", "customer service",
    "customer success", "support", "communications", "communication", "public relations", "pr", "administration",
    "production", "quality", "compliance", "strategy", "business development", "innovation",
    "vertrieb", "verkauf", "einkauf", "personal", "personalwesen", "buchhaltung", "rechnungswesen", "finanzen",
    "forschung", "entwicklung", "technik", "produktion", "logistik", "kundendienst", "kundenservice",
    "offentlichkeitsarbeit", "kommunikation", "recht", "rechtsabteilung", "qualitatsmanagement", "controlling",
    "ventes", "commerciale", "ressources humaines", "comptabilite", "juridique", "achats", "recherche",
    "developpement", "vendite", "acquisti", "amministrazione", "contabilita", "risorse umane", "ricerca",
    "sviluppo", "ufficio tecnico", "ufficio stampa", "logistica", "produzione", "qualita", "verkoop", "inkoop",
    "financien", "personeelszaken", "juridische zaken", "onderzoek", "ontwikkeling", "klantenservice",
    "communicatie", "forsaljning", "marknad", "marknadsforing", "inkop", "ekonomi", "juridik", "forskning",
    "utveckling", "kundtjanst", "ventas", "compras", "finanzas", "contabilidad", "recursos humanos",
    "investigacion", "desarrollo", "atencion al cliente", "comunicacion", "calidad", "vendas", "financas",
    "contabilidade", "investigacao", "desenvolvimento", "apoio ao cliente", "comunicacao", "qualidade",
    "export", "import", "facility management", "it services", "informatik", "informatique", "informatica",
    "data science", "analytics", "security", "sicherheit", "presse", "press", "stampa", "prensa", "imprensa",
    "events", "veranstaltungen", "evenementen", "eventi", "eventos", "hospitality", "partnerships",
    "corporate communications", "financeiro", "financiero", "finanziario", "financier", "klantendienst",
    "personal", "marketing & sales", "sales & marketing", "it", "ict", "facility", "clienti", "cliente", "clientes",
    "client", "legale", "juridico", "juridica", "tecnico", "tecnica", "technique", "technical", "general",
)
_FUNCTION_SET = frozenset(_DEPT_FUNCTIONS)
_WORD_RE = re.compile(r"[a-z0-9&]+(?:[-'][a-z0-9]+)*")


def _words(text: str) -> list[str]:
    """Folded words; hyphenated ones also count by their parts ("expert-comptable", "diretor-geral")."""
    out: list[str] = []
    for w in _WORD_RE.findall(fold(text)):
        out.append(w)
        if "-" in w:
            out.extend(p for p in w.split("-") if len(p) > 1)
    return out


def title_score(text: str) -> float:
    """How much a line reads as a job title: 0 (no role word) .. 1."""
    words = _words(text)
    capitals = {w.lower() for w in re.findall(r"\b[A-Z]{2,3}\b", text)}
    if not words:
        return 0.0
    folded = " ".join(words)
    score = 0.0
    # "Departamento comercial", "Service commercial", "Ufficio commerciale": a unit, not a person's role.
    unit_first = words[0] in _DEPT_STRUCTURE
    for i, w in enumerate(words):
        if unit_first and w in _WEAK_ROLE_WORDS:
            continue
        if w in ("partner", "partners", "associes", "associati", "asociados", "associados", "associates") and i > 0 \
                and words[i - 1] in ("&", "and", "und", "en", "et", "e", "y", "och"):
            continue  # "Müller & Partner", "Renaud & Associés": a firm's name
        if w in ROLE_WORDS:
            if len(w) <= 3 and w not in capitals:
                continue  # "CEO", "DG", "VD" count in capitals only: "dg," is OCR debris
            score += 1.0
        elif len(w) > 6 and w.endswith(ROLE_ENDINGS):
            score += 0.9
        elif w in _SENIORITY:
            score += 0.2
    for phrase in _ROLE_PHRASES:
        if re.search(r"\b" + re.escape(phrase) + r"\b", folded):
            score += 0.5
    return min(1.0, score * (0.9 if len(words) <= 6 else 0.6))


def department_score(text: str) -> float:
    """How much a line reads as a department name: 0 .. 1 (independent of role words)."""
    words = _words(text)
    if not words or len(words) > 8:
        return 0.0
    folded = " ".join(words)
    score = 0.0
    if any(w in _DEPT_STRUCTURE for w in words) or any(len(w) > 9 and w.endswith(_DEPT_ENDINGS) for w in words):
        score += 0.8
    # Words of the text that are function names ("Sales & Marketing": both).
    covered = 0
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if " ".join(words[i:i + n]) in _FUNCTION_SET:
                covered += n
                i += n
                break
        else:
            i += 1
    fillers = sum(1 for w in words if w in ("&", "and", "und", "et", "e", "y", "en", "och", "of", "de", "des", "du",
                                               "der", "di", "del", "della", "do", "da", "la", "le", "van", "voor",
                                               "fur", "for", "pour", "per", "para", "och"))
    if covered:
        share = (covered + fillers) / len(words)
        score += 0.8 * share
    if re.search(r"\b(?:abteilung|departement|department|afdeling|avdelning|departamento|dipartimento)\b", folded):
        score += 0.2
    return min(1.0, score)
