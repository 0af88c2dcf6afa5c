"""Given names, family names, particles and honorifics per language. All invented combinations; no real person."""

from __future__ import annotations

# Given names by language: (women, men).
GIVEN: dict[str, tuple[list[str], list[str]]] = {
    "en": (["Olivia", "Amelia", "Charlotte", "Sophie", "Grace", "Emily", "Hannah", "Chloe", "Jessica", "Lucy",
            "Rebecca", "Eleanor", "Zoë", "Renée", "Siobhán", "Margaret", "Rose"],
           ["James", "Oliver", "Harry", "Thomas", "William", "Daniel", "Samuel", "Michael", "Benjamin",
            "Christopher", "Matthew", "Nathan", "Seán", "Edward", "Alexander", "Patrick"]),
    "de": (["Anna", "Lena", "Sophie", "Marie", "Johanna", "Katharina", "Sabine", "Julia", "Käthe", "Ulrike",
            "Annegret", "Franziska", "Hannelore", "Jana", "Mareike", "Brigitte"],
           ["Lukas", "Jonas", "Maximilian", "Felix", "Jürgen", "Stefan", "Matthias", "Björn", "Sören", "Jörg",
            "Günther", "Tobias", "Florian", "Moritz", "Dominik", "Hans-Peter", "Karl-Heinz"]),
    "fr": (["Camille", "Léa", "Chloé", "Manon", "Inès", "Émilie", "Hélène", "Céline", "Gaëlle", "Agnès",
            "Aurélie", "Maëlle", "Solène", "Marie-Claire", "Anaïs", "Noémie"],
           ["Louis", "Hugo", "Théo", "Jean-Pierre", "François", "Jérôme", "Mathéo", "Noël", "Benoît", "Clément",
            "Sébastien", "Thibault", "Stéphane", "Jean-Luc", "Loïc"]),
    "it": (["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Federica", "Elena", "Martina", "Ilaria",
            "Beatrice", "Alessia", "Noemi", "Ludovica", "Caterina", "Rosalba"],
           ["Marco", "Luca", "Alessandro", "Matteo", "Lorenzo", "Andrea", "Davide", "Niccolò", "Simone",
            "Gabriele", "Riccardo", "Tommaso", "Fabrizio", "Emanuele", "Gianluca"]),
    "nl": (["Anna", "Sanne", "Fleur", "Lotte", "Eva", "Marloes", "Femke", "Ilse", "Maaike", "Anouk", "Chloë",
            "Joëlle", "Esther", "Lieke", "Ineke"],
           ["Daan", "Bram", "Sem", "Thijs", "Jeroen", "Joost", "Ruud", "Pieter", "Wouter", "Sjoerd", "Noël",
            "Maarten", "Koen", "Geert", "Jan-Willem"]),
    "sv": (["Elsa", "Maja", "Astrid", "Ingrid", "Linnéa", "Karin", "Åsa", "Sofia", "Märta", "Ebba", "Annika",
            "Siv", "Ylva", "Malin", "Britt-Marie"],
           ["Erik", "Lars", "Oskar", "Johan", "Björn", "Nils", "Göran", "Magnus", "Anders", "Per", "Mattias",
            "Håkan", "Örjan", "Fredrik", "Jan-Olof"]),
    "es": (["Lucía", "Sofía", "Martina", "Carmen", "Paula", "Elena", "Inés", "Marta", "Nuria", "Begoña",
            "Rocío", "Ainhoa", "Lorena", "Montserrat", "María"],
           ["Javier", "Alejandro", "Pablo", "Álvaro", "Sergio", "Raúl", "Adrián", "Rubén", "Iñaki", "Ángel",
            "Jesús", "Íñigo", "Óscar", "Andrés", "José"]),
    "pt": (["Beatriz", "Inês", "Mariana", "Leonor", "Matilde", "Sofia", "Carolina", "Margarida", "Joana",
            "Lúcia", "Ana", "Catarina", "Conceição", "Letícia", "Maria"],
           ["João", "Tiago", "Gonçalo", "Rodrigo", "André", "Duarte", "Simão", "Rui", "Vítor", "Sérgio", "Luís",
            "Fábio", "Antônio", "Caio", "Pedro"]),
}
# Second given names commonly printed (by language, women / men).
MIDDLE: dict[str, tuple[list[str], list[str]]] = {
    "en": (["Louise", "Jane", "Elizabeth", "Anne", "Mae"], ["James", "John", "Edward", "Lee", "Robert"]),
    "de": (["Maria", "Luise", "Charlotte", "Elisabeth"], ["Johannes", "Maria", "Friedrich", "Alexander"]),
    "nl": (["Maria", "Johanna"], ["Jan", "Willem"]),
    "sv": (["Louise", "Kristina", "Maria", "Elisabet"], ["Erik", "Johan", "Olof", "Gustav"]),
    "it": (["Maria", "Paola"], ["Maria", "Giuseppe"]),
    "es": (["José", "Isabel", "Teresa", "Luisa", "Pilar"], ["José", "Luis", "Manuel", "Antonio", "Carlos"]),
    "pt": (["Maria", "Isabel", "Paula", "Sofia", "Rita"], ["Pedro", "Miguel", "Manuel", "Filipe", "Paulo"]),
}

# Family names without particles; particles are added by locale rules below.
FAMILY: dict[str, list[str]] = {
    "en": ["Whitfield", "Ashworth", "Pemberton", "Hargreaves", "Lockwood", "Fairbairn", "Caldwell", "Thornbury",
           "Kingsley", "Holloway", "Brampton", "Aldridge", "Marlowe", "Ellison", "Radcliffe", "Sheridan",
           "O'Donnell", "McAllister", "Fitzgerald", "Warrington", "Carrington", "Blackwood", "Harrow", "Stanton"],
    "de": ["Müller", "Schäfer", "Weißmann", "Krüger", "Böhm", "Hoffmann", "Schröder", "Wagner", "Köhler", "Fuchs",
           "Lindner", "Brandt", "Vogel", "Hartmann", "Günther", "Lorenz", "Pfeiffer", "Baumgärtner", "Strauß",
           "Oßwald", "Kühn", "Seidl", "Hölzl", "Gruber", "Steiner", "Huber", "Brunner", "Zürcher", "Meier"],
    "fr": ["Lefèvre", "Girard", "Moreau", "Rousseau", "Fournier", "Mercier", "Lemaître", "Bérenger", "Chevalier",
           "Faure", "Gauthier", "Perrin", "Duchêne", "Lacroix", "Marchand", "Besnard", "Rivière", "Légaré",
           "Morin", "Guérin", "Bouvier", "Collin", "Renaud", "Jacquet"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
           "Gallo", "Conti", "Costa", "Giordano", "Mancini", "Lombardi", "Moretti", "Barbieri", "Fontana",
           "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martinelli"],
    "nl": ["Berg", "Vries", "Dijk", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "Mulder", "Bos",
           "Vos", "Peters", "Hendriks", "Leeuwen", "Dekker", "Brouwer", "Wit", "Dijkstra", "Graaf", "Veen",
           "Hoek", "Heuvel", "Wouters", "Janssens", "Maes", "Claes", "Goossens", "Verbeke"],
    "sv": ["Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Nyström", "Lundgren", "Håkansson", "Engström",
           "Ekström", "Holmberg", "Söderberg", "Öberg", "Wallin", "Forsberg", "Dahlgren", "Björklund",
           "Sandström", "Hedlund", "Strömberg", "Lindahl", "Nordin", "Åström", "Falk", "Berglund"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz",
           "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Domínguez", "Gutiérrez",
           "Ibáñez", "Castaño", "Ortega", "Rubio", "Marín", "Vázquez", "Serrano"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
           "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto",
           "Carvalho", "Teixeira", "Moreira", "Correia", "Araújo", "Magalhães", "Brandão"],
}

# Family names with particles, as they are written.
NL_PARTICLE_FAMILIES = ["van den Berg", "de Vries", "van Dijk", "van der Meer", "van Leeuwen", "de Graaf",
                        "van der Veen", "van den Heuvel", "van der Linden", "de Wit", "van den Broek",
                        "van de Velde", "ter Horst", "van der Wal", "van 't Hoff", "de Haan", "van Beek", "ten Kate",
                        "van der Laan", "de Jong", "van Rijn", "op den Kamp"]
BE_PARTICLE_FAMILIES = ["Van den Bossche", "Van Acker", "Vanden Broeck", "Van de Velde", "De Smet", "De Clercq",
                        "Van Damme", "Van Hecke", "De Wilde", "Verstraete"]
DE_PARTICLE_FAMILIES = ["von Stein", "von Arnim", "von Brandenstein", "von Hohenfels", "zu Falkenau",
                        "von Lindenau", "von der Lohe", "von Rothberg", "von Waldeck", "vom Bergheim"]
FR_PARTICLE_FAMILIES = ["de la Fontaine", "du Pont", "de Montclair", "de la Roche", "du Marais", "de Valois",
                        "du Bois", "de la Vigne", "Le Gall", "Le Roux", "d'Arcy"]
PT_PARTICLE_FAMILIES = ["da Silva", "dos Santos", "da Costa", "da Cruz", "das Neves", "dos Reis", "da Mota",
                        "da Rocha", "de Sousa", "do Carmo"]

# Honorific prefixes printed before the name, per country; each with a weight.
PREFIXES: dict[str, list[str]] = {
    "DE": ["Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing."],
    "AT": ["Dr.", "Mag.", "Ing.", "Dipl.-Ing.", "Prof. Dr."],
    "CH": ["Dr.", "Prof. Dr."],
    "IT": ["Ing.", "Dr.", "Prof."],
    "NL": ["Dr.", "Prof. Dr.", "Ing."],
    "BE": ["Dr.", "Prof. Dr."],
    "FR": ["Dr"],
    "GB": ["Dr"],
    "US": ["Dr."],
    "SE": ["Dr."],
    "ES": ["Dr."],
    "PT": ["Dr."],
    "BR": ["Dr."],
}
SUFFIXES: dict[str, list[str]] = {
    "US": ["PhD", "MBA", "Jr.", "CPA"],
    "GB": ["PhD", "MBA"],
    "NL": ["MBA", "MSc"],
    "DE": ["MBA"],
    "SE": ["PhD"],
    "FR": ["MBA"],
    "IT": ["PhD"],
    "ES": ["MBA"],
    "PT": ["MBA"],
    "CH": ["MBA"],
}
