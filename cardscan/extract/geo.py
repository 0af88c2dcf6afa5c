"""Countries, their names in the card languages, web domains, and the bigger cities.

Used to read a printed country line and to infer a card's country (and so the
phone region) when none is printed.
"""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, for look-ups ("Österreich" -> "osterreich")."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").lower()


_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "DE": ("Deutschland", "Germany", "Allemagne", "Germania", "Duitsland", "Tyskland", "Alemania", "Alemanha",
           "Bundesrepublik Deutschland", "Federal Republic of Germany"),
    "AT": ("Österreich", "Austria", "Autriche", "Oostenrijk", "Österrike"),
    "CH": ("Schweiz", "Suisse", "Svizzera", "Switzerland", "Zwitserland", "Suiza", "Suíça", "Svizra"),
    "LI": ("Liechtenstein",),
    "NL": ("Nederland", "Netherlands", "The Netherlands", "Niederlande", "Pays-Bas", "Paesi Bassi", "Nederländerna",
           "Países Bajos", "Países Baixos", "Holland", "Holanda", "Olanda", "Hollande"),
    "BE": ("België", "Belgique", "Belgien", "Belgium", "Belgio", "Bélgica", "Belgie"),
    "LU": ("Luxembourg", "Luxemburg", "Lussemburgo", "Luxemburgo", "Lëtzebuerg"),
    "FR": ("France", "Frankreich", "Francia", "Frankrijk", "Frankrike", "França"),
    "MC": ("Monaco",),
    "IT": ("Italia", "Italy", "Italien", "Italie", "Italië", "Itália"),
    "ES": ("España", "Spain", "Spanien", "Espagne", "Spagna", "Spanje", "Espanha"),
    "PT": ("Portugal", "Portogallo"),
    "SE": ("Sverige", "Sweden", "Schweden", "Suède", "Svezia", "Zweden", "Suecia", "Suécia"),
    "NO": ("Norge", "Norway", "Norwegen", "Norvège", "Norvegia", "Noorwegen", "Noruega"),
    "DK": ("Danmark", "Denmark", "Dänemark", "Danemark", "Danimarca", "Denemarken", "Dinamarca"),
    "FI": ("Suomi", "Finland", "Finnland", "Finlande", "Finlandia", "Finlândia"),
    "GB": ("United Kingdom", "UK", "U.K.", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "Vereinigtes Königreich", "Royaume-Uni", "Regno Unito", "Verenigd Koninkrijk", "Storbritannien",
           "Reino Unido", "Großbritannien", "Grande-Bretagne", "Gran Bretagna"),
    "IE": ("Ireland", "Irland", "Irlande", "Irlanda", "Ierland", "Éire"),
    "US": ("United States", "USA", "U.S.A.", "United States of America", "Vereinigte Staaten", "États-Unis",
           "Stati Uniti", "Verenigde Staten", "Estados Unidos", "EE.UU.", "EEUU"),
    "CA": ("Canada", "Kanada"),
    "PL": ("Polska", "Poland", "Polen", "Pologne", "Polonia", "Polónia"),
    "CZ": ("Czechia", "Czech Republic", "Tschechien", "Česko", "République tchèque"),
    "GR": ("Greece", "Griechenland", "Grèce", "Grecia", "Griekenland", "Grekland", "Grécia"),
    "BR": ("Brasil", "Brazil", "Brasilien", "Brésil", "Brasile"),
    "MX": ("México", "Mexico", "Mexiko", "Messico"),
    "AR": ("Argentina", "Argentinien"),
}

COUNTRY_BY_NAME: dict[str, str] = {}
for _iso, _names in _COUNTRY_NAMES.items():
    for _name in _names:
        COUNTRY_BY_NAME[fold(_name).replace(".", "").strip()] = _iso

# Country-code top-level domains that name a country (".com", ".eu", ".org" say nothing).
TLD_COUNTRY: dict[str, str] = {
    "de": "DE", "at": "AT", "ch": "CH", "li": "LI", "nl": "NL", "be": "BE", "lu": "LU", "fr": "FR", "mc": "MC",
    "it": "IT", "es": "ES", "cat": "ES", "pt": "PT", "se": "SE", "no": "NO", "dk": "DK", "fi": "FI", "uk": "GB",
    "ie": "IE", "us": "US", "ca": "CA", "pl": "PL", "cz": "CZ", "gr": "GR", "br": "BR", "mx": "MX", "ar": "AR",
    "bayern": "DE", "berlin": "DE", "hamburg": "DE", "koeln": "DE", "wien": "AT", "swiss": "CH", "amsterdam": "NL",
    "brussels": "BE", "vlaanderen": "BE", "paris": "FR", "bzh": "FR", "madrid": "ES", "barcelona": "ES",
    "scot": "GB", "wales": "GB", "london": "GB", "nyc": "US", "gal": "ES", "eus": "ES", "stockholm": "SE",
}

CITIES: dict[str, tuple[str, ...]] = {
    "DE": ("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Frankfurt", "Stuttgart", "Düsseldorf",
           "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg", "Bochum",
           "Wuppertal", "Bielefeld", "Bonn", "Münster", "Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden",
           "Aachen", "Kiel", "Freiburg", "Freiburg im Breisgau", "Heidelberg", "Mainz", "Potsdam", "Rostock",
           "Erfurt", "Regensburg", "Ulm", "Würzburg", "Lübeck", "Magdeburg", "Kassel", "Darmstadt", "Jena"),
    "AT": ("Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach", "Wels", "St. Pölten",
           "Dornbirn", "Bregenz", "Eisenstadt", "Steyr", "Leoben"),
    "CH": ("Zürich", "Genève", "Geneva", "Genf", "Basel", "Bern", "Lausanne", "Luzern", "Lucerne", "St. Gallen",
           "Lugano", "Winterthur", "Biel", "Thun", "Zug", "Fribourg", "Neuchâtel", "Chur", "Sion", "Aarau"),
    "NL": ("Amsterdam", "Rotterdam", "Den Haag", "'s-Gravenhage", "Utrecht", "Eindhoven", "Groningen",
           "Tilburg", "Almere", "Breda", "Nijmegen", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zwolle",
           "Leiden", "Maastricht", "Delft", "Dordrecht", "'s-Hertogenbosch", "Den Bosch", "Apeldoorn",
           "Leeuwarden", "Hilversum", "Alkmaar", "Deventer", "Zaandam", "Amstelveen", "Wageningen"),
    "BE": ("Bruxelles", "Brussel", "Brussels", "Antwerpen", "Anvers", "Gent", "Gand", "Charleroi", "Liège",
           "Luik", "Brugge", "Bruges", "Namur", "Namen", "Leuven", "Louvain", "Mons", "Bergen", "Mechelen",
           "Malines", "Aalst", "Hasselt", "Kortrijk", "Ostende", "Oostende", "Wavre", "Louvain-la-Neuve"),
    "LU": ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange"),
    "FR": ("Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier", "Bordeaux",
           "Lille", "Rennes", "Reims", "Le Havre", "Toulon", "Grenoble", "Dijon", "Angers", "Nîmes",
           "Villeurbanne", "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest", "Tours", "Amiens",
           "Limoges", "Annecy", "Perpignan", "Metz", "Besançon", "Orléans", "Rouen", "Mulhouse", "Caen",
           "Nancy", "Avignon", "La Rochelle", "Cannes", "Boulogne-Billancourt", "Neuilly-sur-Seine"),
    "IT": ("Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze", "Bari", "Catania",
           "Venezia", "Verona", "Messina", "Padova", "Trieste", "Brescia", "Parma", "Taranto", "Prato",
           "Modena", "Reggio Calabria", "Reggio Emilia", "Perugia", "Livorno", "Ravenna", "Cagliari", "Foggia",
           "Rimini", "Salerno", "Ferrara", "Sassari", "Monza", "Bergamo", "Trento", "Bolzano", "Vicenza",
           "Pisa", "Lucca", "Como", "Siena", "Udine", "Ancona", "Lecce", "Pescara", "L'Aquila", "Varese"),
    "ES": ("Madrid", "Barcelona", "Valencia", "València", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma",
           "Palma de Mallorca", "Las Palmas de Gran Canaria", "Bilbao", "Alicante", "Córdoba", "Valladolid",
           "Vigo", "Gijón", "Hospitalet de Llobregat", "A Coruña", "La Coruña", "Vitoria-Gasteiz", "Granada",
           "Elche", "Oviedo", "Badalona", "Cartagena", "Terrassa", "Jerez de la Frontera", "Sabadell",
           "Santa Cruz de Tenerife", "Pamplona", "Almería", "San Sebastián", "Donostia", "Santander",
           "Burgos", "Salamanca", "Logroño", "Girona", "Tarragona", "Cádiz", "León", "Toledo", "Huelva"),
    "PT": ("Lisboa", "Porto", "Braga", "Coimbra", "Funchal", "Setúbal", "Aveiro", "Faro", "Évora", "Viseu",
           "Leiria", "Guimarães", "Vila Nova de Gaia", "Matosinhos", "Amadora", "Almada", "Oeiras", "Cascais",
           "Sintra", "Loures", "Odivelas", "Maia", "Ponta Delgada", "Viana do Castelo", "Barreiro"),
    "SE": ("Stockholm", "Göteborg", "Gothenburg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
           "Helsingborg", "Jönköping", "Norrköping", "Lund", "Umeå", "Gävle", "Borås", "Södertälje",
           "Eskilstuna", "Halmstad", "Växjö", "Karlstad", "Sundsvall", "Luleå", "Solna", "Kista", "Täby"),
    "NO": ("Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Kristiansand", "Tromsø"),
    "DK": ("København", "Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg"),
    "FI": ("Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku"),
    "GB": ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Liverpool", "Bristol",
           "Sheffield", "Cardiff", "Belfast", "Leicester", "Nottingham", "Newcastle upon Tyne", "Brighton",
           "Oxford", "Cambridge", "Reading", "Southampton", "York", "Bath", "Aberdeen", "Coventry"),
    "IE": ("Dublin", "Cork", "Galway", "Limerick"),
    "BR": ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Florianópolis", "Brasília",
           "Salvador", "Fortaleza", "Recife", "Manaus", "Campinas", "Goiânia", "Belém", "Niterói", "Santos"),
    "US": ("New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio",
           "San Diego", "Dallas", "San Jose", "Austin", "San Francisco", "Seattle", "Boston", "Denver",
           "Washington", "Portland", "Atlanta", "Miami", "Springfield", "Brooklyn", "Cambridge"),
}

CITY_COUNTRY: dict[str, str] = {}
for _iso, _cities in CITIES.items():
    for _city in _cities:
        CITY_COUNTRY.setdefault(fold(_city), _iso)

_US_STATES_TEXT = """
AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
RI SC SD TN TX UT VT VA WA WV WI WY
"""
US_STATES = frozenset(
    _US_STATES_TEXT.split()
)
CA_PROVINCES = frozenset(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"])
_BR_STATES_TEXT = """
AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO
"""
BR_STATES = frozenset(_BR_STATES_TEXT.split())

_COUNTRY_STRIP_RE = re.compile(r"[\s.,;:·|-]+$")


def country_from_name(text: str) -> str | None:
    """The ISO code of a printed country name ("Nederland" -> "NL"), or None."""
    key = _COUNTRY_STRIP_RE.sub("", fold(text).strip()).replace(".", "").strip()
    key = re.sub(r"\s+", " ", key)
    return COUNTRY_BY_NAME.get(key)


def country_from_domain(host: str) -> str | None:
    """The country a host's top-level domain names ("noord.nl" -> "NL", "x.co.uk" -> "GB")."""
    host = host.lower().rstrip(".")
    tld = host.rsplit(".", 1)[-1]
    return TLD_COUNTRY.get(tld)


def country_from_city(city: str) -> str | None:
    return CITY_COUNTRY.get(fold(city).strip())

# Top-level domains accepted for a printed web address or a repaired e-mail. A closed list, so that
# abbreviations ("e.V.", "S.p.A.", "M.Sc.", "Co.KG") are never read as addresses.
_KNOWN_TLDS_TEXT = """
com net org info biz io co eu de at ch li nl be lu fr mc it es cat pt se no dk fi uk ie us ca pl cz gr br mx ar dev
app tech design studio agency online site digital cloud ai me tv social berlin hamburg bayern koeln wien swiss
amsterdam brussels vlaanderen paris bzh madrid barcelona scot wales london nyc gal eus stockholm shop store email
space xyz media group company consulting solutions systems network world global legal law health bio eco energy art
photo photography travel events education academy school university edu gov int coop museum pro name mobi jobs
expert services partners ventures capital finance fund money bank insure engineering software codes tools works
build construction architect archi haus immo immobilien auto cars kaufen ruhr saarland nrw frl
"""
KNOWN_TLDS = frozenset(
    _KNOWN_TLDS_TEXT.split()
)
