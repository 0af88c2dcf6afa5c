"""Diacritics the OCR dropped or got wrong ("Bohm" for "Böhm", "Geschaftsfuhrer", "Järgen" for "Jürgen").

Two kinds of evidence, both conservative:
- the card's own e-mail and web addresses, which spell umlauts out ("juergen.schaefer@..." -> "Jürgen Schäfer");
- a vocabulary of words that are only ever written with their accents (common given and family names, cities,
  job-title and department words, street words). A word is changed only when the vocabulary knows exactly one
  spelling for it that fits the card's language, and never when the printed form is itself a known spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cardscan.extract.geo import CITIES, COUNTRY_BY_NAME, fold
from cardscan.extract.givennames import GIVEN_NAME_LIST

_FAMILY = """
García González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Hernández Díaz Álvarez Muñoz Romero
Domínguez Gutiérrez Vázquez Ibáñez Castaño Marín Núñez Ordóñez Peña Rodríguez Suárez Sáez Benítez Méndez Ramírez
Gálvez Cortés Rubén Báez Chávez Cáceres Echevarría Galán Jáuregui Lázaro Montaño Muñiz Orellana Pastor Quiñones
Gonçalves Magalhães Araújo Brandão Simões Conceição Guimarães Damião Estêvão Falcão Gusmão Leitão Loureiro Patrício
Romão Sebastião Assunção Calado Antunes Monção Valadão Assis Mourão Galvão Leão Fonseca Conceição Frazão Serrão
Lefèvre Rivière Bérenger Légaré Guérin Duchêne Lemaître Hébert Bélanger Chénier Fréchette Gérard Hélie Lévêque
Méndès Pélissier Séguin Thériault Vézina Bénard Béranger Dépardieu Géraud Ménard Mérieux Pétain Prévost Rémy
Müller Schäfer Krüger Böhm Köhler Schröder Günther Baumgärtner Strauß Weißmann Hölzl Kühn Zürcher Jäger Förster
Gärtner Härtel Höfer Hübner Jürgens Käfer Kärcher Köster Lämmle Löffler Lührs Mäder Möller Nölle Pöhlmann Rößler
Gruber Muller Moller Kuhn Bohm Jager Forster Gartner Hubner Koster Schutz Wachter Rossler Schroder
Schütz Schmölz Stöckl Sträter Wächter Wölfel Würth Zöller Grüber Fröhlich Dürr Brückner Bräuer Göbel Hößl Mühlbauer
Oßwald Geßner Heß Groß Voß Weiß Ruß Stoß Nußbaum
Bergström Sjöberg Åkesson Nyström Håkansson Engström Ekström Söderberg Öberg Björklund Sandström Strömberg Åström
Lindström Sjögren Löfgren Högberg Nordström Wästberg Blomqvist Åberg Ståhl Ängström Sjöström Öhman Bäckström
Löfström Hägglund Östlund Törnqvist Mårtensson Lövgren Höglund Sundström Holmström Wikström Fröberg Jönsson
Nicolò Niccolò Lucà Battistì Cantù Forlì Mazzà Pellè Sciascià Volpè
"""
_WORDS = """
Geschäftsführer Geschäftsführerin Geschäftsführender Geschäftsführende Gründer Gründerin Mitgründer Mitgründerin
Rechtsanwalt Rechtsanwältin Rechtsanwälte Steuerberaterin Wirtschaftsprüfer Wirtschaftsprüferin Ärztin Arzt Büro
Ingenieurbüro Söhne Straße Müller Verkäufer Verkäuferin Einkäufer Einkäuferin Öffentlichkeitsarbeit Qualitätsmanagement
Geschäftsbereich Geschäftsleitung Kundenberaterin Beraterin Technischer Wissenschaftliche Wissenschaftlicher Prüfer
Vorstandsvorsitzender Zürich München Köln Düsseldorf Nürnberg Würzburg Lübeck Österreich Schweiz Größe Übersetzer
Säljare Försäljningschef Försäljning Kundtjänst Inköp Inköpsansvarig Inköpschef Direktör Verkställande Ägare
Ordförande Ingenjör Civilingenjör Rådgivare Läkare Redaktör Kundansvarig Affärsutvecklare Ekonomichef Västerås Örebro
Göteborg Malmö Linköping Jönköping Norrköping Umeå Gävle Borås Växjö Luleå Östra Västra Södra Norra Ågatan Järnvägsgatan
Förstadsgatan Sveavägen Vägen Avdelning Forskning Utveckling Marknadsföring Tekniska Teknisk Försäkring Östergatan
Général Générale Chargée Chargé Associée Associé Développeur Développeuse Développement Ingénieur Ingénieure Études
Financière Financier Comptabilité Qualité Société Éditions Ingénierie Associés Expert-comptable Attachée Attaché
Déléguée
Délégué Secrétaire Trésorier Président Présidente Fondatrice Cofondatrice Conseillère Directrice Gérant Gérante Réseau
République Allée Chaussée Rhône Genève Neuchâtel Liège Mâcon Nîmes Besançon Orléans Château Sainte-Catherine Pérolles
Ressources Humaines Activités Stratégie Équipe Énergie Électricité Études Communication Achats Juridique Commerciale
Técnico Técnica Investigación Atención Comunicación Logística Ingeniería Diseño Diseñador Diseñadora Dirección
Administración Gestión Compañía Asesoría Consultoría Jefa Jefe Teléfono Vía Colón Alcalá Málaga Córdoba Cádiz León
Almería Logroño Coruña Constitución América Gracia Avenida Calle Paseo Desarrollo Informática Producción Calidad
Responsável Sócio Sócia Sócio-gerente Investigação Comunicação Engenharia Gestão Financeiro Contabilidade Técnicas
Diretor-geral Diretora Diretor Gerência Administração Tecnologia Consultoria Arquiteto Arquiteta Praça Calçada
Travessa Fala-Só Atlântida Marés Lisboa São Paulo Florianópolis Brasília Niterói Goiânia Belém Setúbal Évora Guimarães
Consolação Desenvolvimento Qualidade Informática Advogados Engenheiro Lúcia Simão João Conceição Letícia Antônio
Qualità Società Università Attività Ingegneria Città Responsabilità Sviluppatrice Niccolò Forlì Cantù
Telemóvel Móvil Móv Tél Tel Téléphone Telefon Växel Teléfono Telefone Télécopie Portable Mobil Direkt
General Generale Socia Socio Étoile Tecnico Tecnica Marta Lumière Rivière Forêt Île Côte Crème Café Brisa
Peña Montaña España Niño Año Señor Señora Compañía
Via Strasse Gasse Rua Maria Jose Ines Lucia Andre Ruben Angel Helene Rene Noel Sebastian Jesus
Medewerker Beleidsmedewerker Financiën Coördinator België Curaçao Café Crème Noël Zoë Chloë Joëlle Linnéa Renée
"""


def _strip(word: str) -> str:
    return word.strip(".,;:()'’\"")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    """folded word -> the spellings it is known to have."""
    words: list[str] = list(GIVEN_NAME_LIST) + _FAMILY.split() + _WORDS.split()
    for cities in CITIES.values():
        for city in cities:
            words.extend(city.replace("-", " ").split())
    for name in COUNTRY_BY_NAME:
        words.extend(name.split())
    words = [part for w in words for part in w.split("-")]
    out: dict[str, set[str]] = {}
    for w in words:
        w = _strip(w)
        if len(w) < 2:
            continue
        out.setdefault(fold(w), set()).add(w)
    return {k: frozenset(v) for k, v in out.items()}


_MARKS: dict[str, str] = {
    "de": "äöüßé", "fr": "éèêëàâîïôûùçœ", "it": "àèéìíòóù", "es": "áéíóúñü", "pt": "áâãàçéêíóôõú",
    "sv": "åäöé", "nl": "éëïöüè", "en": "éèëïç",
}

# Given names spelled differently from one language to the next: the card's language decides.
_VARIANTS_TEXT = """
helene fr=Hélène de=Helene nl=Helene sv=Helene en=Helene
sergio pt=Sérgio es=Sergio it=Sergio
luis pt=Luís es=Luis
lucia pt=Lúcia es=Lucía it=Lucia de=Lucia
theo fr=Théo de=Theo nl=Theo en=Theo sv=Theo
noel fr=Noël nl=Noël en=Noel es=Noel
ines fr=Inès es=Inés pt=Inês de=Ines
zoe fr=Zoé en=Zoë nl=Zoë de=Zoe
chloe fr=Chloé nl=Chloë en=Chloe
andre fr=André pt=André de=André nl=André
rene fr=René de=René nl=René
renee fr=Renée en=Renée
fabio pt=Fábio it=Fabio es=Fabio
antonio pt=António es=Antonio it=Antonio
leticia pt=Letícia es=Leticia
monica pt=Mónica es=Mónica it=Monica
jose es=José pt=José
maria es=María pt=Maria it=Maria de=Maria nl=Maria sv=Maria
martin es=Martín fr=Martin de=Martin en=Martin sv=Martin nl=Martin
adrian es=Adrián de=Adrian en=Adrian
ruben es=Rubén nl=Ruben pt=Rúben de=Ruben
angel es=Ángel en=Angel
oscar es=Óscar sv=Oscar en=Oscar fr=Oscar pt=Óscar
alvaro es=Álvaro pt=Álvaro
raul es=Raúl pt=Raul
jesus es=Jesús
ivan es=Iván
julian es=Julián de=Julian en=Julian
sebastian es=Sebastián de=Sebastian sv=Sebastian en=Sebastian
tomas es=Tomás pt=Tomás sv=Tomas
nicolas es=Nicolás fr=Nicolas
victor es=Víctor fr=Victor
vitor pt=Vítor
sofia es=Sofía pt=Sofia it=Sofia sv=Sofia
celine fr=Céline
jerome fr=Jérôme
emilie fr=Émilie de=Emilie
emile fr=Émile
francois fr=François
clement fr=Clément
benoit fr=Benoît
agnes fr=Agnès de=Agnes
joelle fr=Joëlle nl=Joëlle
gaelle fr=Gaëlle
maelle fr=Maëlle
matheo fr=Mathéo
anais fr=Anaïs
solene fr=Solène
aurelie fr=Aurélie
sebastien fr=Sébastien
stephane fr=Stéphane
bjorn sv=Björn de=Björn
soren de=Sören sv=Sören
jurgen de=Jürgen
gunther de=Günther
jorg de=Jörg
kathe de=Käthe
hakan sv=Håkan
goran sv=Göran
asa sv=Åsa
orjan sv=Örjan
marta sv=Märta es=Marta it=Marta pt=Marta
linnea sv=Linnéa
niccolo it=Niccolò
nicolo it=Nicolò
inigo es=Íñigo
inaki es=Iñaki
begona es=Begoña
rocio es=Rocío
goncalo pt=Gonçalo
conceicao pt=Conceição
joao pt=João
simao pt=Simão
lourenco pt=Lourenço
sebastiao pt=Sebastião
"""
_VARIANTS: dict[str, dict[str, str]] = {
    line.split()[0]: dict(item.split("=", 1) for item in line.split()[1:])
    for line in _VARIANTS_TEXT.strip().splitlines()
}


# (as read, letter to look up, the diacritic the right spelling must have)
_MISREAD = (("ii", "u", "ü"), ("ti", "u", "ü"), ("fi", "n", "ñ"), ("f", "n", "ñ"), ("g", "c", "ç"), ("d", "a", "ã"),
            ("B", "ss", "ß"))


def _vowel_swaps(word: str, vocab: dict[str, frozenset[str]], langs: tuple[str, ...]) -> str | None:
    """The one known spelling reached by changing the vowel under a (misread) diacritic of `word`."""
    if not langs:
        return None
    found: set[str] = set()
    for i, ch in enumerate(word):
        if ch.isascii() or not ch.isalpha():
            continue
        for vowel in "aeiou":
            key = fold(word[:i] + vowel + word[i + 1:])
            found.update(s for s in vocab.get(key, frozenset()) if _marks(s) and _fits(s, langs))
    return found.pop() if len(found) == 1 else None


def _marks(word: str) -> set[str]:
    return {ch for ch in word.lower() if not ch.isascii()}


def _fits(word: str, langs: tuple[str, ...]) -> bool:
    """True if every diacritic of the word is used, where it stands, by one of the card's languages."""
    marks = _marks(word)
    if not marks:
        return True
    for lang in langs:
        if not marks <= set(_MARKS[lang]):
            continue
        # Italian writes its accents on the last letter only ("perché", "Niccolò", "Città").
        if lang == "it" and any(not ch.isascii() for ch in word[:-1]):
            continue
        return True
    return False


def _like(template: str, word: str) -> str:
    """`word` in the letter case of `template` ("BOHM" -> "BÖHM", "bohm" -> "böhm")."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template.islower():
        return word.lower()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def _transliterations(word: str) -> set[str]:
    plain = fold(word)
    german = "".join(_GERMAN.get(ch, ch) for ch in word.lower())
    return {plain, fold(german)}


def _from_addresses(word: str, spellings: frozenset[str], slugs: str) -> str | None:
    """The spelling of `word` that the card's e-mail/web addresses spell out ("schaefer" -> "Schäfer")."""
    hits = [s for s in spellings if any(len(t) >= 4 and t in slugs for t in _transliterations(s) - {fold(s)})]
    return hits[0] if len(hits) == 1 else None


def _umlaut_candidates(word: str) -> list[str]:
    """Forms of `word` with its vowels given the umlauts the e-mail spells out."""
    options = {"a": "aä", "o": "oö", "u": "uü", "ä": "äaü", "ö": "öo", "ü": "üuä", "é": "éöe", "è": "èe",
               "á": "áäa", "ó": "óö", "ú": "úü"}
    forms = [""]
    for ch in word.lower():
        alts = options.get(ch, ch)
        forms = [f + a for f in forms for a in alts][:256]
    return forms


def restore(text: str, langs: tuple[str, ...], slugs: str = "", *, person: bool = False) -> str:
    """The text with OCR-lost diacritics put back where the card or the vocabulary leaves no doubt.

    `langs` are the card's language(s) (none known: only the e-mail evidence is used); `slugs` the card's e-mail
    local parts and web names, lower-cased, separated by spaces; `person`: the text is a person's name, whose
    given names take their language's spelling ("Helene" on a French card is "Hélène").
    """
    vocab = vocabulary()
    slug_words = slugs.split()
    german = not langs or "de" in langs

    def spelled_out(form: str) -> bool:
        """True if an e-mail/web name spells `form`'s umlauts out: the whole name, or a part of a compound
        that does not end in the umlaut ("mueller" in "muellersoehne", not "brisae" in "brisaengenharia")."""
        for t in _transliterations(form) - {fold(form)}:
            if len(t) < 4:
                continue
            for s in slug_words:
                if s == t or (t in s and not _marks(form[-1:])):
                    return True
        return False

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        key = fold(word)
        variants = _VARIANTS.get(key) if person else None
        if variants and langs:
            wanted = {variants.get(lang) for lang in langs}
            if len(wanted) == 1 and None not in wanted:
                return _like(word, wanted.pop() or word)
        if slug_words and german:
            # E-mail/web addresses spell umlauts out: "Schafer" + "schaefer@" -> "Schäfer".
            for form in _umlaut_candidates(word):
                if form != word.lower() and spelled_out(form):
                    return _like(word, form)
            if "ss" not in word.lower():
                # "ß" read as another letter: "ORwald" beside "osswald@" -> "Oßwald"
                for i, ch in enumerate(word.lower()):
                    form = word.lower()[:i] + "ß" + word.lower()[i + 1:]
                    if ch not in "aeiouäöü" and 0 < i < len(word) - 1 and \
                            any(fold(form) in slug for slug in slug_words):
                        return _like(word, form)
        spellings = vocab.get(key)
        if spellings and any(word.lower() == s.lower() for s in spellings):
            return word  # printed as a known spelling (also "Lucia" next to "Lúcia", "Strasse" next to "Straße")
        if not spellings and re.fullmatch(r"l[a-zà-ÿ]{2,}", word):
            # A capital I read as a small l ("llaria" for "Ilaria", "lnés" for "Inés")
            capital = vocab.get(fold("I" + word[1:]))
            if capital:
                return sorted(capital)[0] if len(capital) == 1 else "I" + word[1:]
        if not spellings:
            # Letters with diacritics the OCR reads as others: "Ziirich", "Castafio", "Corufa", "Gongalves"
            for wrong, right, mark in _MISREAD:
                if wrong in word:
                    for alt in vocab.get(fold(word.replace(wrong, right, 1)), frozenset()):
                        if mark in alt.lower() and langs and _fits(alt, langs):
                            return _like(word, alt)
            # A wrong accent on the wrong vowel: "Rechtsanwéltin" for "Rechtsanwältin"
            swapped = _vowel_swaps(word, vocab, langs)
            return _like(word, swapped) if swapped else word
        if not langs:
            return word
        # "ss" is as right as "ß" (Swiss German never writes ß): only "B" read for "ß" is put back, below.
        fitting = sorted(s for s in spellings if _fits(s, langs) and not ("ß" in s and "ss" in word.lower()))
        if len(fitting) > 1 and _marks(word):
            # The OCR saw a diacritic, just not the right one ("Söcia" for "Sócia"): the spellings with one.
            fitting = [s for s in fitting if _marks(s)] or fitting
        if len(fitting) == 1 and fitting[0].lower() != word.lower():
            return _like(word, fitting[0])
        if len(fitting) > 1 and slugs:
            chosen = _from_addresses(word, frozenset(fitting), slugs)
            if chosen:
                return _like(word, chosen)
        return word

    text = unicodedata.normalize("NFC", text)
    if not langs or "de" in langs:
        # "ß" read as "B": "HauptstraBe", "WeiBmann", "StrauB"
        text = re.sub(r"(?<=[a-zäöü])B(?=(?:e|en|er|es)?\b)|(?<=ei|au|eu|ie)B(?=[a-z])", "ß", text)
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", fix, text)
