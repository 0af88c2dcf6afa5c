"""Which of the eight card languages a card is printed in, from words only one of them uses."""

from __future__ import annotations

import re
from collections import Counter

from cardscan.extract.geo import fold

_MARKERS: dict[str, str] = {
    "en": """and of the street road lane avenue drive mobile phone office direct cell since head manager director
             managing senior sales marketing officer engineer consultant partner solicitor developer analyst
             designer scientist research development human resources customer service finance legal department
             corporate communications associates ltd llp llc inc limited studio labs""",
    "de": """und fur der die das strasse str weg gasse platz allee ring telefon handy mobil fon durchwahl telefax
             geschaftsfuhrer geschaftsfuhrerin leiter leiterin leitung projektleiter projektleiterin vertrieb
             einkauf abteilung personalabteilung entwicklung forschung kundenservice gmbh ag kg seit inhaber
             mitarbeiter mitarbeiterin berater beraterin steuerberater rechtsanwalt rechtsanwaltin vorstand
             prokurist technischer wissenschaftliche ingenieurburo sohne steuerberatung treuhand rechtsanwalte""",
    "fr": """et de la le les du des rue avenue boulevard place allee chemin quai tel portable port ligne standard
             directeur directrice commercial commerciale charge chargee responsable ingenieur associe associee
             gerant gerante developpeur logiciel comptable expert attachee presse service recherche developpement
             ressources humaines direction financiere juridique sarl sas depuis cabinet atelier editions conseil
             ingenierie courriel site""",
    "it": """e di della del dei via viale piazza corso largo tel cellulare cell diretto telefono amministratore
             delegato responsabile direttrice direttore ingegnere progettista consulente architetto avvocato
             commercialista sviluppatrice socio fondatore amministrativa ufficio ricerca sviluppo risorse umane
             amministrazione servizio clienti legale srl spa dal studio officine figli sito""",
    "nl": """en van het de straat gracht laan weg plein kade singel dijk telefoon mobiel directeur projectmanager
             accountmanager adviseur bedrijfsleider hoofd verkoop eigenaar teamleider financieel notaris
             beleidsmedewerker ontwikkelaar onderzoek ontwikkeling personeelszaken financien klantenservice
             communicatie inkoop stichting bv nv groep sinds architecten advies bureau studiebureau""",
    "sv": """och gatan vagen torget tfn mobil vaxel direkt verkstallande direktor projektledare forsaljningschef
             konsult ekonomichef arkitekt utvecklare kundansvarig marknadschef advokat inkopsansvarig saljare
             teknisk chef grundare forsaljning forskning utveckling personalavdelningen ekonomi kundtjanst
             kommunikation inkop ab sedan webb""",
    "es": """y de del calle avenida plaza paseo tel tfno movil telefono director directora general comercial
             jefe jefa proyecto consultora ingeniero tecnico responsable compras abogada arquitecto gerente
             desarrollador asesor fiscal socio tecnica calidad departamento investigacion desarrollo recursos
             humanos finanzas atencion cliente comunicacion sl sa grupo consultores abogados ingenieria estudio
             desde correo""",
    "pt": """e da do dos das rua avenida travessa largo praca tel telefone telemovel tlm celular cel diretor
             diretora geral comercial gestor projeto consultora engenheiro civil responsavel compras advogada
             arquiteto gerente programador tecnica contabilidade socio analista financeiro departamento
             investigacao desenvolvimento recursos humanos apoio cliente comunicacao lda ltda consultoria
             filhos advogados engenharia tecnologia desde site""",
}
_COUNTS: Counter[str] = Counter(w for words in _MARKERS.values() for w in set(words.split()))
# Only words that belong to one language vote.
_WORD_LANG = {w: lang for lang, words in _MARKERS.items() for w in words.split() if _COUNTS[w] == 1}

COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {
    "DE": ("de",), "AT": ("de",), "CH": ("de", "fr", "it"), "LI": ("de",), "FR": ("fr",), "BE": ("fr", "nl"),
    "LU": ("fr", "de"), "MC": ("fr",), "IT": ("it",), "ES": ("es",), "PT": ("pt",), "BR": ("pt",), "SE": ("sv",),
    "NL": ("nl",), "GB": ("en",), "US": ("en",), "IE": ("en",), "MX": ("es",), "AR": ("es",),
}


LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH"), "it": ("IT",), "es": ("ES",), "pt": ("PT", "BR"),
    "nl": ("NL", "BE"), "sv": ("SE",), "en": ("GB", "US", "IE"),
}


def language_votes(texts: list[str]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for text in texts:
        if "@" in text or "/" in text:
            continue
        for word in re.findall(r"[a-z]+", fold(text)):
            lang = _WORD_LANG.get(word)
            if lang:
                votes[lang] += 1
    return votes


def card_languages(texts: list[str], country: str | None) -> tuple[str, ...]:
    """The card's language(s), most likely first: the country's, ordered by the words on the card."""
    votes = language_votes(texts)
    if country in COUNTRY_LANGUAGES:
        langs = COUNTRY_LANGUAGES[country]
        if len(langs) == 1:
            return langs
        ranked = sorted(langs, key=lambda lang: -votes[lang])
        if votes[ranked[0]] > votes[ranked[1]]:
            return (ranked[0],)
        return tuple(ranked)
    ranked_all = votes.most_common(2)
    if ranked_all and (len(ranked_all) == 1 or ranked_all[0][1] >= ranked_all[1][1] + 2):
        return (ranked_all[0][0],)
    return ()
