"""Common job titles in the eight card languages, written from general knowledge of the languages (never from ESCO,
the source of lexicons/occupations.txt, nor from tools/cardgen), and lines that are no title: a check list for the
title tests and for measuring how many real-world titles the extractor reads (a helper, not a test module)."""

from __future__ import annotations

TITLES: dict[str, tuple[str, ...]] = {
    "en": ("Quantity Surveyor", "Pharmacist", "Chartered Accountant", "Solicitor", "Estate Agent", "Mortgage Adviser",
           "Dental Hygienist", "Site Manager", "Structural Engineer", "Claims Handler", "Loss Adjuster", "Paralegal",
           "Underwriter", "Actuary", "Store Manager", "Data Scientist", "Software Engineer", "Physiotherapist",
           "Veterinary Surgeon", "Registered Nurse", "Headteacher", "Landscape Architect", "Interior Designer",
           "Financial Planner", "Tax Consultant", "Business Analyst", "Copy Editor", "Sous Chef", "Event Planner",
           "Recruitment Consultant", "Electrician", "Plumber", "Optometrist", "Auctioneer", "Locksmith"),
    "de": ("Bilanzbuchhalterin", "Steuerfachangestellte", "Apothekerin", "Immobilienmaklerin",
           "Versicherungskaufmann", "Bankkauffrau", "Zahnärztin", "Tierärztin", "Rechtsanwältin",
           "Notarfachangestellte", "Elektroniker", "Tischlermeister", "Bauleiterin", "Vertriebsingenieur",
           "Einkaufsleiterin", "Personalreferentin", "Wirtschaftsprüfer", "Unternehmensberaterin", "Hotelfachfrau",
           "Physiotherapeutin", "Logopädin", "Heilpraktikerin", "Augenoptikerin", "Friseurmeisterin",
           "Dachdeckermeister", "Kundenberaterin", "Schreinermeister", "Mediengestalterin", "Fachinformatiker"),
    "fr": ("Pharmacien", "Expert-comptable", "Avocate", "Notaire", "Agent immobilier", "Kinésithérapeute",
           "Infirmière", "Architecte d'intérieur", "Commissaire aux comptes", "Responsable des achats",
           "Chargée de communication", "Conseillère clientèle", "Ingénieure commerciale", "Chef de projet",
           "Courtier en assurances", "Vétérinaire", "Opticienne", "Orthophoniste", "Huissier de justice",
           "Géomètre-expert", "Boulanger-pâtissier", "Traductrice", "Comptable", "Gestionnaire de paie"),
    "it": ("Farmacista", "Commercialista", "Avvocata", "Notaio", "Geometra", "Agente immobiliare", "Ragioniera",
           "Ingegnere civile", "Architetta", "Infermiera", "Fisioterapista", "Veterinaria", "Consulente finanziaria",
           "Responsabile acquisti", "Direttrice commerciale", "Perito industriale", "Odontoiatra",
           "Ottico optometrista", "Revisore contabile", "Impiegata amministrativa"),
    "nl": ("Makelaar", "Belastingadviseur", "Notaris", "Advocaat", "Tandarts", "Apotheker", "Verpleegkundige",
           "Fysiotherapeut", "Accountmanager", "Bedrijfsjurist", "Hypotheekadviseur", "Boekhouder", "Projectleider",
           "Inkoper", "Werkvoorbereider", "Installatiemonteur", "Huisarts", "Controller", "Verzekeringsadviseur",
           "Interieurarchitect", "Loodgieter"),
    "sv": ("Redovisningskonsult", "Fastighetsmäklare", "Advokat", "Apotekare", "Sjuksköterska", "Tandläkare",
           "Revisor", "Projektledare", "Säljare", "Inköpare", "Civilingenjör", "Handläggare", "Butikschef",
           "Lönekonsult", "Personalchef", "Ekonomiassistent", "Elektriker", "Arkitekt", "Fysioterapeut",
           "Försäkringsrådgivare"),
    "es": ("Auditora", "Farmacéutica", "Abogada", "Notario", "Agente inmobiliario", "Asesor fiscal", "Contable",
           "Enfermera", "Fisioterapeuta", "Arquitecto técnico", "Aparejador", "Ingeniera industrial",
           "Jefa de compras", "Gestor administrativo", "Procurador", "Odontóloga", "Veterinario",
           "Óptico optometrista", "Economista", "Traductora jurada"),
    "pt": ("Farmacêutica", "Contabilista certificado", "Advogada", "Solicitadora", "Engenheira civil", "Enfermeira",
           "Fisioterapeuta", "Arquiteta", "Mediadora imobiliária", "Consultora financeira",
           "Técnica de contabilidade", "Gestora de conta", "Diretora comercial", "Revisor oficial de contas",
           "Médica dentista", "Nutricionista", "Psicóloga", "Economista", "Corretor de seguros", "Desenhador"),
}

# Lines printed on cards that name no role: companies without a legal form, streets, slogans, offices.
NOT_TITLES: tuple[str, ...] = (
    "Apotheke am Markt", "Farmacia Centrale", "Bäckerei Beispiel", "Exampla Consulting", "Sample Bakery",
    "Exampla Architects", "Studio Exempla", "Clínica Dental Ejemplo", "Tandartspraktijk Voorbeeld",
    "Advokatbyrå Exempel", "Cabinet Exemple", "Sample Street 5", "Rua do Exemplo 12", "Calle Mayor 3",
    "Kungsgatan 12", "Hoofdstraat 10", "Via Roma 1", "Musterweg 7", "Quality you can trust",
    "Wir bauen Ihre Zukunft", "Votre partenaire depuis 1990", "La qualità prima di tutto",
    "Samen bouwen aan morgen", "Vi gör det enkelt", "Su socio de confianza", "Soluções à sua medida",
    "Business Park North", "Registered in England", "Member of the Exampla Network", "Opening hours Mon-Fri",
)


def all_titles() -> list[tuple[str, str]]:
    """(language, title) for every title of the check list."""
    return [(lang, t) for lang, titles in TITLES.items() for t in titles]
