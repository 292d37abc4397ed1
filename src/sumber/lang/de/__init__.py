"""German (Deutsch): word lists and patterns for the pipeline.

German verbs inflect and separable verbs split ("wies ... zurück"): the cue lists hold the
common finite forms (present and past, 3rd person singular and plural) and the participles
("zurückgewiesen", "dementiert"), which stand on their own in the perfect and the passive.
"""

NAME = "German"

_SAY = (
    "sagen sagt sagte sagten gesagt sagen erklären erklärt erklärte erklärten betont betonte "
    "betonten betonen unterstrich unterstreicht fügte ergänzte ergänzt ergänzten meinte "
    "meint meinten erläuterte erläutert schrieb schreibt schrieben geschrieben "
    "äußerte äußert äußerten versicherte versichert bekräftigte bekräftigt bestätigte "
    "bestätigt bestätigten bestätigen räumte warnte warnt warnten kündigte verkündete "
    "verkündet erinnerte sprach spricht hieß heißt antwortete antwortet fragte "
    "fragt forderte fordert zitierte unterstrichen verwies "
    "verweist argumentierte argumentiert kommentierte twitterte"
).split()

REPORTING_VERBS = {
    **{w: "asserts" for w in _SAY},
    "mitteilte": "asserts", "mitgeteilt": "asserts", "erklärung": "asserts",
    "teilte mit": "asserts", "teilten mit": "asserts", "teilt mit": "asserts",
    "räumte ein": "asserts", "räumt ein": "asserts", "gab bekannt": "asserts",
    "gaben bekannt": "asserts", "gibt bekannt": "asserts", "hebt hervor": "asserts",
    "fügte hinzu": "asserts", "fügt hinzu": "asserts", "stellt klar": "asserts",
    "kündigte an": "asserts", "kündigt an": "asserts", "wies hin": "asserts",
    "weist hin": "asserts", "gab zu": "asserts", "gibt zu": "asserts",
    "behauptet": "hedges", "behauptete": "hedges", "behaupteten": "hedges",
    "behaupten": "hedges", "hob hervor": "asserts", "stellte klar": "asserts",
    # reporting (media as source)
    "berichtet": "reports", "berichtete": "reports", "berichteten": "reports",
    "berichten": "reports", "meldete": "reports", "meldet": "reports", "meldeten": "reports",
    "gemeldet": "reports", "berichtet hatte": "reports", "hatte berichtet": "reports",
    # denying
    "dementiert": "denies", "dementierte": "denies", "dementierten": "denies",
    "dementieren": "denies", "bestreitet": "denies", "bestritt": "denies",
    "bestritten": "denies", "bestreiten": "denies", "zurückgewiesen": "denies",
    "weist zurück": "denies", "wies zurück": "denies", "wiesen zurück": "denies",
    "verneinte": "denies", "verneint": "denies", "widersprach": "denies",
    "widerspricht": "denies", "widersprochen": "denies", "leugnete": "denies",
    "leugnet": "denies", "zurückweisen": "denies",
}

# separable verbs: the particle closes the clause ("Das teilte die Polizei am Montag mit",
# "Der Kreml wies die Berichte zurück"); each is also a REPORTING_VERBS phrase with its stance
SEPARABLE_CUES = (
    "teilte mit", "teilten mit", "teilt mit", "wies zurück", "wiesen zurück", "weist zurück",
    "räumte ein", "räumt ein", "gab bekannt", "gaben bekannt", "gibt bekannt", "hob hervor",
    "hebt hervor", "fügte hinzu", "fügt hinzu", "stellte klar", "stellt klar", "kündigte an",
    "kündigt an", "wies hin", "weist hin", "gab zu", "gibt zu",
)

ACCORDING_TO = (
    "laut", "nach angaben", "nach angaben von", "nach angaben des", "nach angaben der",
    "nach informationen", "nach informationen von", "nach informationen des",
    "nach informationen der", "unter berufung auf",
)

CITING_VERBS = ("unter berufung auf", "zitierte", "zitiert", "berief sich auf", "beruft sich auf")

DENIAL_MARKERS = (
    "nicht wahr", "unwahr", "falsch", "falsche informationen", "falschinformation",
    "falschmeldung", "fiktion", "reine fiktion", "erfunden", "frei erfunden", "fake news",
    "haltlos", "unbegründet", "entspricht nicht der wahrheit", "nicht den tatsachen",
    "gab es nicht", "es gab kein", "es gab keine", "hat nicht stattgefunden",
    "nicht stattgefunden", "unsinn", "lüge", "desinformation", "ente", "dementiert",
    "dementierte", "bestreitet", "bestritt", "zurückgewiesen", "wies zurück",
)

HEDGE_MARKERS = (
    "angeblich", "mutmaßlich", "offenbar", "offenbar", "vermutlich", "möglicherweise",
    "wohl", "soll", "sollen", "sollte", "haben sollen", "berichten zufolge", "dem vernehmen nach",
)

NEGATIONS = ("nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "weder",
             "ohne", "nichts")

ANONYMOUS_SOURCES = (
    "informierte kreise", "informierten kreisen", "kreise", "kreisen", "quellen", "eine quelle",
    "einer quelle", "anonyme quellen", "anonymen quellen", "informierte personen",
    "informierten personen", "eingeweihte", "insider", "ein insider", "diplomaten",
    "ein diplomat", "regierungskreise", "regierungskreisen", "mit der sache vertraute",
    "mit dem vorgang vertraute", "vertraute personen", "nicht genannte quellen",
    "ungenannte quellen", "ein regierungsvertreter", "regierungsvertreter", "beamte",
)

MEDIA_WORDS = (
    "zeitung", "tageszeitung", "blatt", "nachrichtenagentur", "agentur", "sender",
    "fernsehsender", "radiosender", "magazin", "nachrichtenmagazin", "portal", "website",
    "rundfunk", "fernsehen", "tv",
)

TITLES = ("herr", "herrn", "frau", "dr.", "dr", "prof.", "prof", "fräulein")

ROLE_NOUNS = (
    "sprecher", "sprecherin", "kremlsprecher", "kreml-sprecher", "regierungssprecher",
    "regierungssprecherin", "pressesprecher", "pressesprecherin", "präsident", "präsidentin",
    "us-präsident", "staatschef", "staatspräsident", "kremlchef", "kreml-chef",
    "ministerpräsident", "premierminister", "premierministerin", "kanzler", "kanzlerin",
    "bundeskanzler", "bundeskanzlerin", "minister", "ministerin", "außenminister",
    "außenministerin", "verteidigungsminister", "innenminister", "chef", "chefin", "leiter",
    "leiterin", "vorsitzender", "vorsitzende", "botschafter", "botschafterin", "berater",
    "beraterin", "sicherheitsberater", "gouverneur", "bürgermeister", "bürgermeisterin",
    "senator", "abgeordneter", "abgeordnete", "general", "kommandeur", "richter", "richterin",
    "staatsanwalt", "experte", "expertin", "analyst", "politologe", "diplomat", "beamter",
    "wahlsieger", "sprecher des kremls", "sprecher des ministeriums", "vize", "vizepräsident",
    "republikaner", "demokrat", "demokratin", "könig", "königin", "papst",
)

PRONOUNS = {
    "er": "person", "sie": "person", "ihm": "person", "ihn": "person", "wir": "self",
    "ich": "self",
}

MEDIA_NAME_WORDS = (
    "post", "times", "zeitung", "allgemeine", "rundschau", "spiegel", "welt", "bild",
    "journal", "news", "tv", "radio", "presse", "kurier", "anzeiger", "tagesschau",
)

ORG_WORDS = (
    "ministerium", "außenministerium", "bundesministerium", "regierung", "bundesregierung",
    "partei", "kommission", "ausschuss", "rat", "bundesrat", "bundestag", "verband", "bund",
    "institut", "stiftung", "universität", "bank", "gericht", "bundesgericht", "amt",
    "behörde", "agentur", "armee", "polizei", "botschaft", "verwaltung", "konzern",
)

KNOWN_MEDIA = (
    "reuters", "dpa", "afp", "ap", "associated press", "bloomberg", "tass", "ria nowosti",
    "ria novosti", "interfax", "sputnik", "washington post", "the washington post",
    "new york times", "the new york times", "wall street journal", "cnn", "bbc",
    "spiegel", "der spiegel", "zeit", "die zeit", "bild", "faz", "süddeutsche zeitung",
    "frankfurter allgemeine", "frankfurter allgemeine zeitung", "tagesschau", "ard", "zdf",
    "welt", "die welt", "handelsblatt", "tagesspiegel", "n-tv", "ntv", "deutsche welle",
    "axios", "politico", "fox news", "nbc", "cbs", "abc", "al jazeera", "rossija 1",
)

STOP_CAPITALISED = (
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer",
    "Eines", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Dies", "Diese", "Dieser",
    "Dieses", "Diesen", "Jener", "Nach", "Vor", "Bei", "Mit", "Von", "Zu", "Zum", "Zur",
    "Im", "In", "Am", "An", "Auf", "Aus", "Für", "Über", "Unter", "Gegen", "Ohne", "Seit",
    "Bis", "Auch", "Aber", "Und", "Oder", "Doch", "Denn", "Wenn", "Als", "Wie", "Wo", "Was",
    "Wer", "Warum", "Dass", "Ob", "Noch", "Schon", "Nun", "Jetzt", "Dann", "Damals",
    "Zuvor", "Zudem", "Außerdem", "Allerdings", "Laut", "Zufolge", "Demnach", "Trotzdem",
    "Dennoch", "So", "Hier", "Dort", "Da", "Nicht", "Kein", "Keine", "Alle", "Viele",
    "Einige", "Beide", "Sein", "Seine", "Ihre", "Unser", "Unsere", "Bericht", "Berichten",
    "Angaben", "Informationen", "Sprecher", "Moskau", "Russland", "Wahlsieg", "Krieg",
    "Gespräch", "Telefonat", "Regierung", "Zeitung", "Präsident", "Während", "Nachdem",
    "Bevor", "Weil", "Obwohl", "Seitdem", "Jedoch", "Stattdessen", "Zwar", "Bislang",
    "Bisher", "Gestern", "Heute", "Morgen",
    # German writes every noun with a capital: common nouns of news copy are no names
    "Meer", "Ende", "Anfang", "Woche", "Wochen", "Jahr", "Jahre", "Jahren", "Tag", "Tage",
    "Stunden", "Zeit", "Land", "Länder", "Stadt", "Staat", "Staaten", "Welt", "Leute",
    "Menschen", "Personen", "Person", "Kreise", "Kreisen", "Quellen", "Quelle", "Berufung",
    "Einwände", "Einwand", "Kontakt", "Kontakts", "Kontakte", "Gespräche", "Gesprächs",
    "Telefonats", "Anruf", "Anrufs", "Treffen", "Wahl", "Wahlen", "Wahlkampf", "Wahlsieg",
    "Sieg", "Kriege", "Krieges", "Kriegs", "Angriff", "Angriffskrieg", "Frieden", "Lösung",
    "Konflikt", "Konflikts", "Lage", "Frage", "Fragen", "Antwort", "Ansicht", "Meinung",
    "Auftritt", "Rede", "Interview", "Pressekonferenz", "Erklärung", "Mitteilung", "Medien",
    "Medienbericht", "Medienberichte", "Berichte", "Meldung", "Meldungen", "Nachricht",
    "Nachrichten", "Fiktion", "Falschinformation", "Unterstützung", "Vorfeld", "Vorwürfe",
    "Vorwurf", "Militär", "Militärpräsenz", "Präsenz", "Truppen", "Soldaten", "Waffen",
    "Hilfe", "Sanktionen", "Verhandlungen", "Wiederaufnahme", "Seite", "Seiten", "Rolle",
    "Ziel", "Ziele", "Plan", "Pläne", "Politik", "Wirtschaft", "Sicherheit", "Gefahr",
    "Grund", "Gründe", "Fall", "Weg", "Teil", "Mitglied", "Mitglieder", "Bürger",
    "Bevölkerung", "Opfer", "Tote", "Verletzte", "Polizei", "Armee", "Amt", "Amtes",
    "Amtseinführung", "Amtszeit", "Regierungen", "Ministerium", "Ministeriums", "Behörden",
    "Experten", "Beobachter", "Kritiker", "Anhänger", "Gegner", "Vertreter", "Angaben",
    "Sprecherin", "Einschätzung", "Zusammenhang", "Stellungnahme", "Darstellung",
    "Informationen", "Information", "Details", "Zeitungen", "Sender", "Agentur",
)

ABBREVIATIONS = (
    "dr.", "prof.", "z.b.", "z. b.", "u.a.", "bzw.", "ca.", "vgl.", "usw.", "etc.", "d.h.",
    "nr.", "st.", "str.", "abs.", "mio.", "mrd.", "jan.", "feb.", "febr.", "aug.", "sept.",
    "okt.", "nov.", "dez.", "u.s.", "hr.", "fr.", "inkl.", "evtl.", "ggf.", "bzgl.",
)

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3,
    "mär": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}

WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}

RELATIVE_DAYS = {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2}

# --- times (read by sumber.times) ---
# month and weekday names are nouns, written with a capital letter
TIME_NAMES_CAPITALISED = True
# order of the parts of a numeric date: 7.11.2024 is 7 November
NUMERIC_DATE_ORDER = "dmy"
DAY_SUFFIXES = (".",)  # "7. November"
DAY_MONTH_JOINERS: tuple[str, ...] = ()
WEEKDAY_WORDS: tuple[str, ...] = ()
MONTH_WORDS: tuple[str, ...] = ()
YEAR_WORDS = ("jahr", "jahres")
# words that make a bare 4-digit number a year / a bare month name a month
TIME_PREPOSITIONS = (
    "im", "in", "seit", "bis", "vor", "nach", "ab", "anfang", "ende", "mitte", "während",
)
# "vergangenen Donnerstag", "nächste Woche", "dieses Jahr": modifier -> direction
TIME_MODIFIERS_BEFORE = {
    "vergangenen": -1, "vergangene": -1, "vergangener": -1, "letzten": -1, "letzte": -1,
    "letzter": -1, "vorigen": -1, "vorige": -1, "nächsten": 1, "nächste": 1, "nächster": 1,
    "kommenden": 1, "kommende": 1, "diesen": 0, "diese": 0, "dieses": 0, "dieser": 0,
}
TIME_MODIFIERS_AFTER: dict[str, int] = {}
TIME_UNITS = {
    "stunde": "hour", "stunden": "hour", "minute": "minute", "minuten": "minute",
    "sekunde": "second", "sekunden": "second", "tag": "day", "tage": "day", "tagen": "day",
    "woche": "week", "wochen": "week", "monat": "month", "monate": "month", "monaten": "month",
    "jahr": "year", "jahre": "year", "jahren": "year", "jahrzehnt": "decade",
    "jahrzehnte": "decade", "jahrhundert": "century",
}
DURATION_PREFIXES = ("binnen", "innerhalb von", "innerhalb", "in")
AGO_WORDS: tuple[str, ...] = ()  # "vor drei Tagen": the "vor" comes first (not yet read)
NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
}
CLOCK_WORDS = ("um",)
TIME_JOINERS = ("um",)
DAY_PARTS = {
    "uhr morgens": (0, 11), "uhr früh": (0, 11), "uhr abends": (17, 23), "uhr": (0, 23),
    "morgens": (0, 11), "vormittags": (6, 11), "nachmittags": (12, 18), "abends": (17, 23),
    "nachts": (20, 23),
}
TIMEZONES = ("mez", "mesz", "utc", "gmt", "moskauer zeit")

EVENTS = {
    "phone_call": (
        "telefonat", "telefonats", "telefongespräch", "telefongesprächs", "telefoniert",
        "telefonierte", "telefonierten", "telefonieren", "anruf", "anrufs", "angerufen",
        "rief an", "gespräch", "gesprächs", "am telefon", "telefonisch",
    ),
    "meeting": ("treffen", "getroffen", "trafen", "traf", "gipfel", "gipfeltreffen", "besuch"),
    "talks": ("gespräche", "verhandlungen", "verhandelt", "verhandelten", "beraten"),
    "resignation": ("rücktritt", "zurückgetreten", "trat zurück"),
    "arrest": ("festgenommen", "festnahme", "verhaftet", "verhaftung"),
    "attack": ("angriff", "angegriffen", "anschlag"),
    "agreement": ("abkommen", "vereinbarung", "einigung", "vereinbart", "geeinigt"),
    "informed": (
        "informiert", "unterrichtet", "in kenntnis gesetzt", "vorab informiert",
        "benachrichtigt",
    ),
}

PLACES = {
    "deutschland": "Deutschland", "berlin": "Deutschland", "russland": "Russland",
    "russlands": "Russland", "moskau": "Russland", "usa": "USA", "us": "USA",
    "vereinigte staaten": "USA", "vereinigten staaten": "USA", "amerika": "USA",
    "washington": "USA", "ukraine": "Ukraine", "kiew": "Ukraine", "kyjiw": "Ukraine",
    "europa": "Europa", "europas": "Europa", "china": "China", "chinas": "China",
    "peking": "China", "frankreich": "Frankreich", "paris": "Frankreich",
    "großbritannien": "Großbritannien", "london": "Großbritannien", "österreich": "Österreich",
    "wien": "Österreich", "schweiz": "Schweiz", "bern": "Schweiz", "polen": "Polen",
    "warschau": "Polen", "israel": "Israel", "iran": "Iran", "türkei": "Türkei",
    "syrien": "Syrien", "japan": "Japan", "indien": "Indien", "nordkorea": "Nordkorea",
    "südkorea": "Südkorea", "belarus": "Belarus", "weißrussland": "Belarus", "krim": "Krim",
    "donbass": "Donbass", "kursk": "Kursk", "sotschi": "Sotschi", "florida": "Florida",
    "new york": "New York", "nahost": "Nahost", "naher osten": "Nahost",
    "kreml": "Kreml", "kremls": "Kreml", "weißes haus": "Weißes Haus",
    "weißen haus": "Weißes Haus", "weißen hauses": "Weißes Haus",
}

# canonical place name -> its English name, the key places are linked by across languages
PLACE_KEYS = {
    "Deutschland": "Germany", "Russland": "Russia", "USA": "United States",
    "Ukraine": "Ukraine", "Europa": "Europe", "Frankreich": "France",
    "Großbritannien": "Britain", "Österreich": "Austria", "Schweiz": "Switzerland",
    "Polen": "Poland", "Türkei": "Turkey", "Syrien": "Syria", "Indien": "India",
    "Nordkorea": "North Korea", "Südkorea": "South Korea", "Krim": "Crimea",
    "Donbass": "Donbas", "Sotschi": "Sochi", "Nahost": "Middle East", "Kreml": "Kremlin",
    "Weißes Haus": "White House",
}

ROLE_MODIFIERS = (
    "gewählte", "gewählten", "designierte", "designierten", "ehemalige", "ehemaligen",
    "frühere", "früheren", "neue", "neuen", "stellvertretende", "stellvertretenden",
    "russische", "russischen", "ukrainische", "ukrainischen", "amerikanische",
    "amerikanischen", "deutsche", "deutschen", "des", "der",
)

DETERMINERS = ("der", "die", "das", "den", "dem", "des")

CLAIM_ANAPHORA = (
    "bericht", "berichte", "berichten", "medienbericht", "medienberichte", "angaben",
    "informationen", "meldung", "meldungen", "behauptung", "behauptungen", "darstellung",
    "das", "dies", "diese angaben", "diese berichte",
)

PLAN_WORDS = ("plan", "pläne", "plant", "plante", "planen", "will", "wolle", "werde", "wird")

KNOWN_ORGS = (
    "nato", "uno", "un", "eu", "europäische union", "pentagon", "kongress", "senat",
    "bundestag", "bundesregierung", "fbi", "cia", "außenministerium", "auswärtiges amt",
)

# --- attributions (sumber.attributions): how reported speech is built
CUE_CLITICS: tuple[str, ...] = ()
COMPLEMENTIZERS = ("dass", "wonach", "ob")
RELATIVIZERS = ("der", "die", "das", "welcher", "welche")
CLAUSE_STARTERS = (
    "er", "sie", "es", "man", "wir", "ich", "der", "die", "das", "den", "dem", "ein", "eine",
    "einen", "kein", "keine", "diese", "dieser", "dieses", "russland", "moskau", "es",
)
ADJUNCT_STARTERS = (
    "am", "im", "in", "an", "auf", "bei", "nach", "vor", "während", "gegenüber", "laut",
    "zufolge", "heute", "gestern", "bereits", "zuvor", "später", "erneut", "ebenfalls", "auch",
    "dazu", "demnach", "dann", "vergangene", "vergangenen", "letzte", "letzten",
)
PRE_CUE_ADVERBS = (
    "auch", "bereits", "zuvor", "später", "erneut", "ebenfalls", "dann", "nun", "jedoch",
    "allerdings", "umgehend", "sofort", "hat", "hatte", "haben", "hatten", "ist", "war",
    "wurde", "wurden", "nicht", "zudem", "außerdem", "noch", "einmal", "schon", "damals",
    "ausdrücklich", "entschieden", "vehement", "kategorisch", "energisch",
)
ANAPHORIC_MARKERS = ("diese", "dieser", "diesen", "die", "der")
NAME_PARTICLES = ("von", "van", "de", "der", "zu", "bin", "al")
PASSIVE_CUES = ("gemeldet", "berichtet", "zurückgewiesen", "dementiert", "bestätigt")
BARE_CLAUSE_AFTER_CUE = True
SUBJECT_DETERMINERS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "mehrere", "zwei", "drei",
    "einige", "viele", "sein", "seine", "ihr", "ihre", "dieser", "diese",
)
# join two sources of one cue ("X and Y reported")
CONJUNCTIONS = ("und", "sowie")
# open a sentence whose content is the sentence before ("Об этом сообщил X.")
BACK_REFERENCES = ("das", "dies")
SOURCE_BREAKERS = ("und", "oder", "aber", "für", "mit", "als", "nicht", "auch", "dass")
QUOTE_PAIRS = (
    ("\u201e", "\u201c"),  # „ “
    ("\u00bb", "\u00ab"),  # » «
    ("\u00ab", "\u00bb"),  # « » (Swiss)
    ("\u201c", "\u201d"),  # “ ”
    ('"', '"'),
    ("\u201a", "\u2018"),  # ‚ ‘
)
TITLE_MARKERS = ("titel", "mit dem titel", "namens", "genannt", "sogenannte", "sogenannten",
                 "motto", "hashtag", "slogan", "film", "buch")
