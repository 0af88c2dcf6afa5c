"""Cities (real names, public facts), postcode patterns, phone area codes and invented-but-typical street names.

Postcode patterns: '#' is a digit, '@' a letter valid for that country's postcodes, anything else is literal.
Area codes are the leading digits of the national significant number of a fixed line in that city.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    name: str
    postcodes: tuple[str, ...]
    area: str  # leading digits of the national significant number for a fixed line ("" = any)
    region: str | None = None  # printed region code (Italy, USA, Brazil)


def _c(name: str, postcodes: str, area: str, region: str | None = None) -> City:
    return City(name, tuple(postcodes.split("|")), area, region)


CITIES: dict[str, list[City]] = {
    "NL": [_c("Amsterdam", "10## @@", "20"), _c("Rotterdam", "30## @@", "10"), _c("Utrecht", "35## @@", "30"),
           _c("Den Haag", "25## @@", "70"), _c("Eindhoven", "56## @@", "40"), _c("Groningen", "97## @@", "50"),
           _c("Haarlem", "20## @@", "23"), _c("Leiden", "23## @@", "71")],
    "BE-nl": [_c("Brussel", "1000|1040|1050", "2"), _c("Antwerpen", "2000|2018|2060", "3"),
              _c("Gent", "9000|9050", "9"), _c("Leuven", "3000|3010", "16"), _c("Brugge", "8000", "50")],
    "BE-fr": [_c("Bruxelles", "1000|1040|1050", "2"), _c("Liège", "4000|4020", "4"), _c("Namur", "5000", "81"),
              _c("Charleroi", "6000", "71"), _c("Mons", "7000", "65")],
    "DE": [_c("Berlin", "10###|12###|13###", "30"), _c("Hamburg", "20###|22###", "40"),
           _c("München", "80###|81###", "89"), _c("Köln", "50###|51###", "221"),
           _c("Frankfurt am Main", "60###", "69"), _c("Stuttgart", "70###", "711"),
           _c("Düsseldorf", "40###", "211"), _c("Leipzig", "04###", "341"), _c("Nürnberg", "90###", "911"),
           _c("Bremen", "28###", "421")],
    "AT": [_c("Wien", "1010|1020|1030|1040|1050|1060|1070|1080|1090|1100|1120|1150|1190", "1"),
           _c("Graz", "80#0", "316"), _c("Linz", "40#0", "732"), _c("Salzburg", "50#0", "662"),
           _c("Innsbruck", "60#0", "512")],
    "CH-de": [_c("Zürich", "80##", "44"), _c("Basel", "40##", "61"), _c("Bern", "30##", "31"),
              _c("Luzern", "60##", "41"), _c("St. Gallen", "90##", "71"), _c("Winterthur", "84##", "52")],
    "CH-fr": [_c("Genève", "12##", "22"), _c("Lausanne", "10##", "21"), _c("Neuchâtel", "20##", "32"),
              _c("Fribourg", "17##", "26")],
    "FR": [_c("Paris", "|".join(f"750{i:02d}" for i in range(1, 21)), "1"),
           _c("Lyon", "|".join(f"6900{i}" for i in range(1, 10)), "4"),
           _c("Marseille", "|".join(f"130{i:02d}" for i in range(1, 17)), "4"),
           _c("Toulouse", "31000|31100|31200", "5"), _c("Bordeaux", "33000|33100|33200", "5"),
           _c("Lille", "59000|59800", "3"), _c("Nantes", "44000|44100|44200", "2"),
           _c("Strasbourg", "67000|67100", "3"), _c("Montpellier", "34000|34070", "4"), _c("Rennes", "35000", "2")],
    "IT": [_c("Milano", "201##", "02", "MI"), _c("Roma", "001##", "06", "RM"), _c("Torino", "101##", "011", "TO"),
           _c("Napoli", "801##", "081", "NA"), _c("Bologna", "401##", "051", "BO"),
           _c("Firenze", "501##", "055", "FI"), _c("Genova", "161##", "010", "GE"),
           _c("Verona", "371##", "045", "VR"), _c("Padova", "351##", "049", "PD")],
    "SE": [_c("Stockholm", "11# ##", "8"), _c("Göteborg", "41# ##", "31"), _c("Malmö", "21# ##", "40"),
           _c("Uppsala", "75# ##", "18"), _c("Västerås", "72# ##", "21"), _c("Örebro", "70# ##", "19"),
           _c("Linköping", "58# ##", "13")],
    "ES": [_c("Madrid", "280##", "91"), _c("Barcelona", "080##", "93"), _c("Valencia", "460##", "96"),
           _c("Sevilla", "410##", "95"), _c("Bilbao", "480##", "94"), _c("Málaga", "290##", "95"),
           _c("Zaragoza", "500##", "976"), _c("A Coruña", "150##", "981")],
    "PT": [_c("Lisboa", "1###-###", "21"), _c("Porto", "40##-###|41##-###", "22"), _c("Braga", "47##-###", "253"),
           _c("Coimbra", "30##-###", "239"), _c("Aveiro", "380#-###|381#-###", "234"), _c("Faro", "80##-###", "289")],
    "BR": [_c("São Paulo", "01###-###|04###-###|05###-###", "11", "SP"),
           _c("Rio de Janeiro", "20###-###|22###-###", "21", "RJ"),
           _c("Belo Horizonte", "30###-###|31###-###", "31", "MG"), _c("Curitiba", "80###-###|81###-###", "41", "PR"),
           _c("Porto Alegre", "90###-###|91###-###", "51", "RS"), _c("Florianópolis", "88###-###", "48", "SC")],
    "GB": [_c("London", "EC1V #@@|EC2A #@@|SE1 #@@|W1T #@@|N1 #@@|WC2H #@@", "20"),
           _c("Manchester", "M1 #@@|M2 #@@|M4 #@@", "161"), _c("Birmingham", "B1 #@@|B3 #@@|B5 #@@", "121"),
           _c("Edinburgh", "EH1 #@@|EH2 #@@|EH3 #@@", "131"), _c("Bristol", "BS1 #@@|BS2 #@@", "117"),
           _c("Leeds", "LS1 #@@|LS2 #@@", "113"), _c("Glasgow", "G1 #@@|G2 #@@", "141")],
    "US": [_c("New York", "100##", "212", "NY"), _c("Chicago", "606##", "312", "IL"),
           _c("San Francisco", "941##", "415", "CA"), _c("Boston", "021##", "617", "MA"),
           _c("Seattle", "981##", "206", "WA"), _c("Austin", "787##", "512", "TX"),
           _c("Denver", "802##", "303", "CO"), _c("Portland", "972##", "503", "OR")],
}

POSTCODE_LETTERS = {
    "NL": "ABCEGHJKLMNPRTVWXZ",
    "GB": "ABDEFGHJLNPQRSTUWXYZ",
}

STREETS: dict[str, list[str]] = {
    "NL": ["Keizersgracht", "Prinsengracht", "Stationsweg", "Kerkstraat", "Dorpsstraat", "Molenweg", "Havenstraat",
           "Nieuwe Binnenweg", "Oudegracht", "Vondellaan", "Lange Voorhout", "Schiekade", "Stadhouderskade"],
    "BE-nl": ["Meir", "Kouter", "Veldstraat", "Kerkstraat", "Stationsstraat", "Nieuwstraat", "Frankrijklei",
              "Korenmarkt", "Bondgenotenlaan"],
    "BE-fr": ["Rue de la Loi", "Avenue Louise", "Rue Neuve", "Boulevard d'Avroy", "Rue de Fer", "Chaussée de Wavre",
              "Rue du Marché", "Place Saint-Lambert"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Friedrichstraße",
           "Am Markt", "Gartenweg", "Königstraße", "Mühlenweg", "Rosenthaler Straße", "Schloßstraße", "Uferstraße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Kärntner Ring", "Linzer Gasse",
           "Wiedner Hauptstraße", "Annenstraße", "Museumstraße", "Getreidegasse"],
    "CH-de": ["Bahnhofstrasse", "Seestrasse", "Marktgasse", "Spitalgasse", "Freie Strasse", "Limmatquai",
              "Dorfstrasse", "Kramgasse", "Zürcherstrasse"],
    "CH-fr": ["Rue du Rhône", "Avenue de la Gare", "Rue de Bourg", "Quai du Mont-Blanc", "Rue du Seyon",
              "Boulevard de Pérolles"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "rue des Lilas",
           "place de la Mairie", "rue du Général Leclerc", "quai des Chartrons", "rue Sainte-Catherine",
           "allée des Tilleuls", "cours Lafayette"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Viale Europa", "Via Dante",
           "Piazza della Repubblica", "Via Cavour", "Corso Buenos Aires", "Via dei Mille", "Via Manzoni"],
    "SE": ["Drottninggatan", "Storgatan", "Kungsgatan", "Sveavägen", "Vasagatan", "Östra Hamngatan",
           "Järnvägsgatan", "Södra Förstadsgatan", "Skolgatan", "Ågatan"],
    "ES": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia",
           "Calle San Vicente", "Gran Vía", "Calle del Carmen", "Avenida de América", "Calle Colón"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Avenida dos Aliados",
           "Rua da Junqueira", "Travessa do Fala-Só", "Rua Direita", "Largo do Rato"],
    "BR": ["Rua Oscar Freire", "Avenida Paulista", "Rua da Consolação", "Rua das Flores", "Avenida Atlântica",
           "Rua XV de Novembro", "Rua Augusta", "Avenida Brasil"],
    "GB": ["High Street", "Station Road", "Church Lane", "Market Street", "Victoria Road", "Park Lane",
           "Mill Lane", "Queen Street", "King's Road", "Castle Street", "Albion Place"],
    "US": ["Main Street", "Oak Avenue", "Market Street", "Broadway", "Lake Shore Drive", "Elm Street",
           "Washington Avenue", "Pine Street", "Congress Avenue", "Maple Drive"],
}

# Country name as printed on a card in the card's language (optional last address line).
COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "en": {"NL": "The Netherlands", "DE": "Germany", "GB": "United Kingdom", "US": "USA"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz"},
    "fr": {"FR": "France", "BE": "Belgique", "CH": "Suisse"},
    "it": {"IT": "Italia"},
    "nl": {"NL": "Nederland", "BE": "België"},
    "sv": {"SE": "Sverige"},
    "es": {"ES": "España"},
    "pt": {"PT": "Portugal", "BR": "Brasil"},
}
COUNTRY_NAMES_EN = {"NL": "Netherlands", "BE": "Belgium", "DE": "Germany", "AT": "Austria", "CH": "Switzerland",
                    "FR": "France", "IT": "Italy", "SE": "Sweden", "ES": "Spain", "PT": "Portugal", "BR": "Brazil",
                    "GB": "United Kingdom", "US": "United States"}
