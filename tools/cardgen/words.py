"""Job titles, departments, company name parts and printed labels per language (all invented)."""

from __future__ import annotations

# Job titles; "masculine/feminine" where the language inflects them.
TITLES: dict[str, list[str]] = {
    "en": ["Managing Director", "Project Manager", "Senior Consultant", "Head of Sales", "Account Manager",
           "Chief Financial Officer", "Software Engineer", "Marketing Manager", "Partner", "Business Developer",
           "Operations Director", "Product Designer", "Research Scientist", "Office Manager", "Solicitor",
           "Architect", "Data Analyst", "Customer Success Lead"],
    "de": ["Geschäftsführer/Geschäftsführerin", "Projektleiter/Projektleiterin", "Vertriebsleiter/Vertriebsleiterin",
           "Key Account Manager/Key Account Managerin", "Steuerberater/Steuerberaterin",
           "Rechtsanwalt/Rechtsanwältin", "Softwareentwickler/Softwareentwicklerin", "Bauingenieur/Bauingenieurin",
           "Leiter Einkauf/Leiterin Einkauf", "Prokurist/Prokuristin", "Teamleiter Marketing/Teamleiterin Marketing",
           "Architekt/Architektin", "Wissenschaftlicher Mitarbeiter/Wissenschaftliche Mitarbeiterin",
           "Technischer Leiter/Technische Leiterin", "Kundenberater/Kundenberaterin", "Vorstand"],
    "fr": ["Directeur général/Directrice générale", "Directeur commercial/Directrice commerciale",
           "Chef de projet", "Chargé de communication/Chargée de communication", "Ingénieur d'études",
           "Responsable des achats", "Consultant senior/Consultante senior", "Avocat associé/Avocate associée",
           "Architecte", "Gérant/Gérante", "Directeur financier/Directrice financière", "Responsable marketing",
           "Chargé d'affaires/Chargée d'affaires", "Développeur logiciel/Développeuse logiciel",
           "Expert-comptable", "Attaché de presse/Attachée de presse"],
    "it": ["Amministratore delegato/Amministratrice delegata", "Responsabile commerciale", "Project manager",
           "Direttore marketing/Direttrice marketing", "Ingegnere progettista", "Consulente", "Architetto",
           "Responsabile acquisti", "Avvocato", "Direttore tecnico/Direttrice tecnica", "Commercialista",
           "Sviluppatore software/Sviluppatrice software", "Socio fondatore/Socia fondatrice",
           "Responsabile amministrativo/Responsabile amministrativa"],
    "nl": ["Directeur", "Projectmanager", "Accountmanager", "Adviseur", "Senior consultant", "Bedrijfsleider",
           "Hoofd verkoop", "Office manager", "Advocaat", "Architect", "Beleidsmedewerker", "Eigenaar",
           "Teamleider", "Financieel directeur", "Software-ontwikkelaar", "Notaris"],
    "sv": ["Verkställande direktör", "Projektledare", "Försäljningschef", "Konsult", "Ekonomichef", "Arkitekt",
           "Utvecklare", "Kundansvarig", "Marknadschef", "Advokat", "Inköpsansvarig", "Säljare",
           "Teknisk chef", "Grundare"],
    "es": ["Director general/Directora general", "Director comercial/Directora comercial",
           "Jefe de proyecto/Jefa de proyecto", "Consultor/Consultora", "Ingeniero técnico/Ingeniera técnica",
           "Responsable de compras", "Abogado/Abogada", "Arquitecto/Arquitecta", "Gerente",
           "Director de marketing/Directora de marketing", "Desarrollador de software/Desarrolladora de software",
           "Asesor fiscal/Asesora fiscal", "Socio director/Socia directora", "Técnico de calidad/Técnica de calidad"],
    "pt": ["Diretor-geral/Diretora-geral", "Diretor comercial/Diretora comercial",
           "Gestor de projeto/Gestora de projeto",
           "Consultor/Consultora", "Engenheiro civil/Engenheira civil", "Responsável de compras",
           "Advogado/Advogada", "Arquiteto/Arquiteta", "Gerente", "Diretor de marketing/Diretora de marketing",
           "Programador/Programadora", "Técnico de contabilidade/Técnica de contabilidade",
           "Sócio-gerente/Sócia-gerente", "Analista financeiro/Analista financeira"],
}

DEPARTMENTS: dict[str, list[str]] = {
    "en": ["Sales & Marketing", "Research and Development", "Human Resources", "Finance", "Customer Service",
           "Corporate Communications", "Legal Department", "IT Services"],
    "de": ["Vertrieb", "Forschung und Entwicklung", "Personalabteilung", "Finanzen & Controlling", "Einkauf",
           "Unternehmenskommunikation", "Kundenservice", "Rechtsabteilung"],
    "fr": ["Service commercial", "Recherche et développement", "Ressources humaines", "Direction financière",
           "Service client", "Communication", "Service juridique"],
    "it": ["Ufficio commerciale", "Ricerca e sviluppo", "Risorse umane", "Amministrazione", "Ufficio tecnico",
           "Servizio clienti", "Ufficio legale"],
    "nl": ["Verkoop", "Onderzoek & Ontwikkeling", "Personeelszaken", "Financiën", "Klantenservice",
           "Communicatie", "Inkoop"],
    "sv": ["Försäljning", "Forskning och utveckling", "Personalavdelningen", "Ekonomi", "Kundtjänst",
           "Kommunikation", "Inköp"],
    "es": ["Departamento comercial", "Investigación y Desarrollo", "Recursos Humanos", "Finanzas",
           "Atención al cliente", "Comunicación", "Compras"],
    "pt": ["Departamento comercial", "Investigação e Desenvolvimento", "Recursos Humanos", "Financeiro",
           "Apoio ao cliente", "Comunicação", "Compras"],
}

# Invented company stems (not real companies), per language flavour.
STEMS: dict[str, list[str]] = {
    "en": ["Brightwell", "Oakridge", "Kestrel", "Harbourline", "Northgate", "Ashgrove", "Silverbirch", "Clearwater",
           "Fernhollow", "Redfield", "Stonebridge", "Larkspur", "Bluecastle", "Moorcroft"],
    "de": ["Kaltmar", "Lindenhof", "Bergwerk", "Rheinblick", "Nordlicht", "Eichfeld", "Falkenstein", "Sonnwald",
           "Brückner", "Altmühl", "Tannberg", "Weserkamp", "Hochmoor", "Isartal"],
    "fr": ["Lumière", "Beauvoir", "Clairval", "Montverre", "Rivebelle", "Soléane", "Boiscolombe", "Val d'Orée",
           "Mirabelle", "Fontclair", "Étoile Nord", "Hautefeuille", "Rocheval"],
    "it": ["Aurora", "Vallegrande", "Solaria", "Montefiore", "Lucerna", "Brezza", "Terranova", "Castelverde",
           "Orizzonte", "Pietrabianca", "Fiordaliso", "Altavela"],
    "nl": ["Noord", "Waterkant", "Zilverberg", "Duinzicht", "Polderwind", "Hoogland", "Lindeboom", "Kempenaar",
           "Eikenhorst", "Zeewolde", "Veenhuis", "Sterrenwacht", "Maasoever"],
    "sv": ["Björkdal", "Fjällvind", "Norrsken", "Ekholmen", "Sjöstjärna", "Granlund", "Älvkraft", "Strandvik",
           "Solbacka", "Havsörn", "Lövhagen", "Vintergatan"],
    "es": ["Albora", "Miravalle", "Solana", "Brisamar", "Peñaclara", "Alameda", "Valdeluz", "Rioverde",
           "Cumbre Alta", "Olivar", "Marea", "Torrealba"],
    "pt": ["Alvorada", "Marés", "Serrano", "Ventania", "Horizonte Azul", "Ribeira", "Sol Nascente", "Atlântida",
           "Pinhal", "Aroeira", "Brisa", "Cordilheira"],
}

# Company patterns: {stem}, {family}; legal forms per country. The pattern's text (without the legal form)
# gives the e-mail domain.
COMPANY_PATTERNS: dict[str, list[str]] = {
    "en-GB": ["{stem} Ltd", "{stem} Consulting Ltd", "{family} & Partners LLP", "{stem} Design Studio",
              "{stem} Engineering Ltd", "{family} & Co."],
    "en-US": ["{stem} Labs, Inc.", "{stem} Group LLC", "{family} & Associates", "{stem} Analytics Inc.",
              "{stem} Health Partners", "{stem} Capital LLC"],
    "de-DE": ["{family} & Söhne GmbH", "{stem} Logistik GmbH", "{stem} AG", "Ingenieurbüro {family}",
              "{family} Steuerberatung", "{stem} Software GmbH & Co. KG", "{stem} Bau GmbH"],
    "de-AT": ["{stem} GmbH", "{family} & Partner Rechtsanwälte", "{stem} Handels GmbH", "{stem} Consulting KG"],
    "de-CH": ["{stem} AG", "{family} Treuhand AG", "{stem} Engineering GmbH", "{stem} Immobilien AG"],
    "fr-FR": ["Atelier {stem} SARL", "{stem} Conseil SAS", "Cabinet {family}", "{family} & Associés",
              "Éditions {stem}", "{stem} Ingénierie SA"],
    "fr-BE": ["{stem} SPRL", "{stem} Consulting SA", "Bureau {family}", "{stem} Solutions SRL"],
    "fr-CH": ["{stem} Sàrl", "{stem} SA", "Fiduciaire {family} SA"],
    "it-IT": ["{stem} S.r.l.", "Studio {family}", "{family} & Figli S.p.A.", "{stem} Consulting S.r.l.",
              "{stem} Design S.r.l.s.", "Officine {stem} S.p.A."],
    "nl-NL": ["Stichting {stem}", "{stem} Advies B.V.", "{family} & Zn.", "Bureau {stem}", "{stem} Groep N.V.",
              "{stem} Architecten"],
    "nl-BE": ["{stem} BV", "{stem} NV", "Studiebureau {family}", "{stem} Consult"],
    "sv-SE": ["{stem} AB", "{family} & Co AB", "{stem} Konsult AB", "{stem} Arkitekter AB"],
    "es-ES": ["{stem} Consultores S.L.", "Grupo {stem} S.A.", "{family} Abogados", "{stem} Ingeniería S.L.",
              "Estudio {stem}"],
    "pt-PT": ["{stem}, Lda.", "{family} & Filhos, Lda.", "{stem} Consultoria, S.A.", "Atelier {stem}"],
    "pt-BR": ["{stem} Tecnologia Ltda.", "{family} Advogados", "{stem} Engenharia S.A.", "Grupo {stem}"],
}

# Phone labels per language and phone type. "direct" lines are work numbers.
PHONE_LABELS: dict[str, dict[str, list[str]]] = {
    "en-GB": {"work": ["T", "Tel", "Tel.", "Phone", "Direct"], "mobile": ["M", "Mob", "Mobile", "Mob."],
              "fax": ["F", "Fax"]},
    "en-US": {"work": ["T", "Tel", "Phone", "Office", "Direct"], "mobile": ["M", "Cell", "Mobile"],
              "fax": ["F", "Fax"]},
    "de": {"work": ["Tel.", "Telefon", "T", "Fon", "Durchwahl"], "mobile": ["Mobil", "Handy", "Mob.", "M"],
           "fax": ["Fax", "F", "Telefax"]},
    "fr": {"work": ["Tél.", "Tél", "T", "Ligne directe", "Standard"], "mobile": ["Mob.", "Portable", "M", "Port."],
           "fax": ["Fax", "F"]},
    "fr-BE": {"work": ["Tél.", "T", "Tel."], "mobile": ["GSM", "Mob.", "M"], "fax": ["Fax", "F"]},
    "it": {"work": ["Tel.", "T", "Telefono", "Diretto"], "mobile": ["Cell.", "Cellulare", "Mob.", "M"],
           "fax": ["Fax", "F"]},
    "nl": {"work": ["T", "Tel.", "Telefoon", "Direct"], "mobile": ["M", "Mob.", "Mobiel"], "fax": ["F", "Fax"]},
    "nl-BE": {"work": ["T", "Tel.", "Telefoon"], "mobile": ["GSM", "M", "Mob."], "fax": ["F", "Fax"]},
    "sv": {"work": ["Tfn", "Tel.", "Telefon", "T", "Direkt", "Växel"], "mobile": ["Mobil", "Mob.", "M"],
           "fax": ["Fax"]},
    "es": {"work": ["Tel.", "Tfno.", "T", "Teléfono"], "mobile": ["Móvil", "Móv.", "M"], "fax": ["Fax", "F"]},
    "pt": {"work": ["Tel.", "T", "Telefone"], "mobile": ["Telemóvel", "Tlm.", "M"], "fax": ["Fax", "F"]},
    "pt-BR": {"work": ["Tel.", "T", "Fone"], "mobile": ["Cel.", "Celular", "M"], "fax": ["Fax"]},
}

EMAIL_LABELS: dict[str, list[str]] = {
    "en": ["E", "Email", "E-mail", "e."], "de": ["E-Mail", "Mail", "E"], "fr": ["E-mail", "Courriel", "Email"],
    "it": ["E-mail", "Email", "Mail"], "nl": ["E", "E-mail"], "sv": ["E-post", "E", "Mejl"],
    "es": ["Email", "Correo", "E"], "pt": ["Email", "E-mail", "E"],
}
WEB_LABELS: dict[str, list[str]] = {
    "en": ["W", "Web"], "de": ["Web", "Internet", "W"], "fr": ["Web", "Site"], "it": ["Web", "Sito"],
    "nl": ["W", "Web", "I"], "sv": ["Webb", "W"], "es": ["Web", "W"], "pt": ["Web", "Site", "W"],
}
SINCE: dict[str, str] = {"en": "Since", "de": "Seit", "fr": "Depuis", "it": "Dal", "nl": "Sinds", "sv": "Sedan",
                         "es": "Desde", "pt": "Desde"}
