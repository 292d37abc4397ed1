"""French (français): word lists and patterns for the pipeline.

French news reports speech in the passé composé ("a déclaré", "a démenti"): the cues are the
participles and the finite forms, and the auxiliaries ("a", "ont", "avait") may stand between
a source and its cue like adverbs. Quotations use « » with spaces inside, and “ ” or " ".
"""

NAME = "French"

_SAY = (
    "dit dire disait déclaré déclare déclarait déclarent affirmé affirme affirmait "
    "affirment assuré assure assurait souligné souligne soulignait expliqué explique "
    "expliquait ajouté ajoute ajoutait précisé précise précisait indiqué indique indiquait "
    "estimé estime estimait confirmé confirme confirmait annoncé annonce annonçait "
    "insisté insiste martelé martèle rappelé rappelle répondu répond raconté raconte "
    "écrit écrivait confié confie lancé lance averti avertit prévenu jugé juge "
    "réaffirmé réitéré reconnu reconnaît admis admet promis promet tweeté commenté "
    "poursuivi poursuit conclu conclut noté relevé relève"
).split()

REPORTING_VERBS = {
    **{w: "asserts" for w in _SAY},
    "fait savoir": "asserts", "a fait savoir": "asserts",
    "prétend": "hedges", "prétendu": "hedges", "prétendait": "hedges", "affirmerait": "hedges",
    "aurait dit": "hedges", "accusé": "hedges", "accuse": "hedges",
    # reporting (media as source)
    "rapporte": "reports", "rapporté": "reports", "rapportait": "reports", "rapportent": "reports",
    "révélé": "reports", "révèle": "reports", "révélait": "reports", "relaté": "reports",
    "relate": "reports", "signalé": "reports", "signale": "reports", "publié": "reports",
    "informé": "reports", "écrit le": "reports",
    # denying
    "démenti": "denies", "dément": "denies", "démentait": "denies", "démentent": "denies",
    "démentir": "denies", "nié": "denies", "nie": "denies", "niait": "denies", "nient": "denies",
    "rejeté": "denies", "rejette": "denies", "rejetait": "denies", "réfuté": "denies",
    "réfute": "denies", "contesté": "denies", "conteste": "denies", "balayé": "denies",
    "balaie": "denies", "récusé": "denies", "récuse": "denies", "démentis": "denies",
}

ACCORDING_TO = (
    "selon", "d'après", "d’après", "de source", "citant", "cité par", "citée par",
)

CITING_VERBS = ("citant", "cité par", "citée par", "cite", "cité", "se référant à")

DENIAL_MARKERS = (
    "pas vrai", "faux", "fausse", "fausses", "fiction", "pure fiction", "fausse information",
    "fausses informations", "infondé", "infondée", "sans fondement", "inventé", "inventée",
    "fabriqué", "n'a pas eu lieu", "n’a pas eu lieu", "jamais eu lieu", "aucun fondement",
    "contre-vérité", "mensonge", "absurde", "fake news", "désinformation", "ne correspond pas",
    "il n'y a pas eu", "il n’y a pas eu", "dément", "démenti", "nie", "nié", "rejette",
)

HEDGE_MARKERS = (
    "prétendument", "supposément", "présumé", "présumée", "apparemment", "semble-t-il",
    "aurait", "auraient", "se serait", "se seraient", "aurait eu", "selon certaines sources",
    "probablement", "peut-être", "serait",
)

NEGATIONS = ("ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "ni", "sans", "nullement",
             "non", "rien")

ANONYMOUS_SOURCES = (
    "des sources", "une source", "de source", "sources", "source proche", "sources proches",
    "une source proche", "des sources proches", "des responsables", "un responsable",
    "un haut responsable", "des personnes informées", "des personnes proches",
    "personnes au fait", "une personne au fait", "un diplomate", "des diplomates",
    "sous couvert d'anonymat", "sous couvert d’anonymat", "source anonyme", "sources anonymes",
    "un proche", "des proches", "des initiés", "source diplomatique", "source gouvernementale",
)

MEDIA_WORDS = (
    "journal", "quotidien", "hebdomadaire", "agence", "agence de presse", "chaîne", "radio",
    "télévision", "magazine", "site", "média", "médias", "presse", "tv",
)

TITLES = ("m.", "mme", "mme.", "mlle", "mlle.", "monsieur", "madame", "mademoiselle",
          "dr", "dr.", "pr", "pr.", "me", "mgr")

ROLE_NOUNS = (
    "porte-parole", "porte-parole du kremlin", "président", "présidente", "président élu",
    "président russe", "président américain", "président ukrainien", "chef de l'état",
    "chef de l’état", "premier ministre", "première ministre", "ministre",
    "ministre des affaires étrangères", "chef de la diplomatie", "chef", "dirigeant",
    "dirigeante", "directeur", "directrice", "secrétaire", "secrétaire d'état", "conseiller",
    "conseillère", "ambassadeur", "ambassadrice", "envoyé", "gouverneur", "maire", "sénateur",
    "sénatrice", "député", "députée", "général", "commandant", "juge", "procureur", "analyste",
    "expert", "experte", "politologue", "chancelier", "chancelière", "roi", "reine",
    "candidat", "candidate", "responsable", "homologue", "correspondant", "correspondante",
    "républicain", "démocrate", "locataire de la maison blanche", "maître du kremlin",
)

PRONOUNS = {
    "il": "person", "elle": "person", "on": "group", "lui": "person", "ils": "group",
    "elles": "group",
    "nous": "self", "je": "self",
}

MEDIA_NAME_WORDS = (
    "post", "times", "journal", "monde", "figaro", "libération", "presse", "news", "tv",
    "radio", "info", "matin", "parisien", "express", "obs", "tribune", "gazette",
)

ORG_WORDS = (
    "ministère", "gouvernement", "parti", "commission", "comité", "conseil", "assemblée",
    "sénat", "agence", "institut", "fondation", "université", "banque", "tribunal", "cour",
    "armée", "police", "ambassade", "administration", "office", "fédération", "union",
    "association", "groupe", "société",
)

KNOWN_MEDIA = (
    "reuters", "afp", "agence france-presse", "ap", "associated press", "bloomberg", "tass",
    "ria novosti", "interfax", "sputnik", "washington post", "the washington post",
    "new york times", "the new york times", "wall street journal", "cnn", "bbc", "rfi",
    "le monde", "le figaro", "libération", "les echos", "le parisien", "france 24",
    "france info", "franceinfo", "bfmtv", "tf1", "france 2", "france inter", "europe 1",
    "l'express", "le point", "l'obs", "axios", "politico", "fox news", "nbc", "cbs", "abc",
    "al jazeera", "rossiya 1",
)

STOP_CAPITALISED = (
    "Le", "La", "Les", "L'", "Un", "Une", "Des", "Du", "De", "Ce", "Cet", "Cette", "Ces",
    "Il", "Elle", "Ils", "Elles", "On", "Nous", "Je", "Selon", "Après", "Avant", "Pendant",
    "Depuis", "Dans", "En", "Au", "Aux", "Pour", "Par", "Sur", "Sous", "Avec", "Sans",
    "Mais", "Et", "Ou", "Donc", "Or", "Car", "Si", "Quand", "Lorsque", "Alors", "Ainsi",
    "Cependant", "Pourtant", "Toutefois", "Néanmoins", "Enfin", "Puis", "Ensuite", "Aussi",
    "Déjà", "Interrogé", "Interrogée", "Pas", "Aucun", "Aucune", "Tous", "Toutes", "Tout",
    "Les", "C'est", "Ce", "Qui", "Que", "Quoi", "Où", "Comment", "Pourquoi", "Mercredi",
    "Lundi", "Dimanche", "Samedi", "Vendredi", "Jeudi", "Mardi", "Côté", "De son côté",
    "Président", "Hier", "Aujourd'hui", "Demain", "Entre", "Contre", "Vers",
)

ABBREVIATIONS = (
    "m.", "mm.", "mme.", "mlle.", "dr.", "pr.", "me.", "st.", "ste.", "etc.", "cf.", "p.",
    "av.", "bd.", "n°.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.",
    "env.", "u.s.", "éd.", "vol.", "chap.",
)

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
}

WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}

RELATIVE_DAYS = {
    "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
    "après-demain": 2, "la veille": -1, "hier soir": -1,
}

# --- times (read by sumber.times) ---
# month and weekday names are written in lower case ("le jeudi 7 novembre")
TIME_NAMES_CAPITALISED = False
NUMERIC_DATE_ORDER = "dmy"
DAY_SUFFIXES = ("er",)  # "1er novembre"
DAY_MONTH_JOINERS: tuple[str, ...] = ()
WEEKDAY_WORDS: tuple[str, ...] = ()
MONTH_WORDS = ("mois de",)
YEAR_WORDS = ("année", "an")
TIME_PREPOSITIONS = ("en", "depuis", "avant", "après", "pendant", "jusqu'en", "début", "fin",
                     "mi", "dès")
# "jeudi dernier", "la semaine prochaine": modifier after the weekday or unit -> direction
TIME_MODIFIERS_AFTER = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1,
    "précédent": -1, "précédente": -1, "suivant": 1, "suivante": 1,
}
TIME_MODIFIERS_BEFORE = {"ce": 0, "cette": 0, "cet": 0}
TIME_UNITS = {
    "heure": "hour", "heures": "hour", "minute": "minute", "minutes": "minute",
    "seconde": "second", "secondes": "second", "jour": "day", "jours": "day",
    "journée": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
    "ans": "year", "année": "year", "années": "year", "décennie": "decade",
    "décennies": "decade", "siècle": "century", "siècles": "century",
}
DURATION_PREFIXES = ("en", "d'ici", "dans", "pendant")
AGO_WORDS: tuple[str, ...] = ()  # "il y a trois jours": before the number (not yet read)
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100,
}
CLOCK_WORDS = ("à",)
TIME_JOINERS = ("à",)
DAY_PARTS = {
    "du matin": (0, 11), "de l'après-midi": (12, 18), "du soir": (17, 23),
    "de la nuit": (0, 5),
}
TIMEZONES = ("gmt", "utc", "heure de paris", "heure locale", "heure de moscou")

EVENTS = {
    "phone_call": (
        "appel téléphonique", "appel", "entretien téléphonique", "échange téléphonique",
        "conversation téléphonique", "téléphoné", "téléphone", "au téléphone", "appelé",
        "s'est entretenu", "se sont entretenus", "se sont parlé", "parlé au téléphone",
        "échangé au téléphone", "entretien", "conversation",
    ),
    "meeting": ("rencontre", "rencontré", "réunion", "sommet", "visite", "rencontrer"),
    "talks": ("pourparlers", "négociations", "discussions", "négocier", "discuté"),
    "resignation": ("démission", "démissionné", "quitté ses fonctions"),
    "arrest": ("arrêté", "arrestation", "interpellé", "détenu"),
    "attack": ("attaque", "attaqué", "frappe", "frappé", "attentat"),
    "agreement": ("accord", "accords", "entente", "convenu"),
    "informed": ("informé", "informée", "informés", "prévenu", "prévenue", "averti", "avertie",
                 "mis au courant", "notifié"),
}

PLACES = {
    "france": "France", "paris": "France", "russie": "Russie", "moscou": "Russie",
    "états-unis": "États-Unis", "etats-unis": "États-Unis", "usa": "États-Unis",
    "amérique": "États-Unis", "washington": "États-Unis", "ukraine": "Ukraine",
    "kiev": "Ukraine", "kyiv": "Ukraine", "europe": "Europe", "chine": "Chine",
    "pékin": "Chine", "royaume-uni": "Royaume-Uni", "londres": "Royaume-Uni",
    "allemagne": "Allemagne", "berlin": "Allemagne", "belgique": "Belgique",
    "bruxelles": "Belgique", "suisse": "Suisse", "genève": "Suisse", "canada": "Canada",
    "québec": "Québec", "israël": "Israël", "iran": "Iran", "syrie": "Syrie",
    "turquie": "Turquie", "japon": "Japon", "inde": "Inde", "corée du nord": "Corée du Nord",
    "corée du sud": "Corée du Sud", "pologne": "Pologne", "biélorussie": "Biélorussie",
    "crimée": "Crimée", "donbass": "Donbass", "moyen-orient": "Moyen-Orient",
    "afrique": "Afrique", "new york": "New York", "floride": "Floride", "gaza": "Gaza",
}

PLACE_KEYS = {
    "Russie": "Russia", "États-Unis": "United States", "Europe": "Europe", "Chine": "China",
    "Royaume-Uni": "Britain", "Allemagne": "Germany", "Belgique": "Belgium",
    "Suisse": "Switzerland", "Israël": "Israel", "Syrie": "Syria", "Turquie": "Turkey",
    "Japon": "Japan", "Inde": "India", "Corée du Nord": "North Korea",
    "Corée du Sud": "South Korea", "Pologne": "Poland", "Biélorussie": "Belarus",
    "Crimée": "Crimea", "Donbass": "Donbas", "Moyen-Orient": "Middle East",
    "Afrique": "Africa", "Floride": "Florida",
}

ROLE_MODIFIERS = (
    "élu", "élue", "ancien", "ancienne", "nouveau", "nouvelle", "adjoint", "adjointe",
    "russe", "américain", "américaine", "ukrainien", "ukrainienne", "français", "française",
    "intérimaire", "sortant", "sortante", "du", "de", "des", "la", "le",
)

DETERMINERS = ("le", "la", "les", "l'", "ce", "cet", "cette", "ces")

CLAIM_ANAPHORA = (
    "information", "informations", "l'information", "l’information", "cette information",
    "ces informations", "article", "l'article", "rapport", "affirmation", "affirmations",
    "allégations", "cet appel", "cet échange", "cet entretien", "ces affirmations", "ces propos",
)

PLAN_WORDS = ("projet", "projette", "prévoit", "prévu", "compte", "va", "vont", "veut",
              "intention")

KNOWN_ORGS = (
    "kremlin", "otan", "onu", "ue", "union européenne", "maison blanche", "pentagone",
    "congrès", "sénat", "élysée", "matignon", "quai d'orsay", "fbi", "cia",
)

# --- attributions (sumber.attributions): how reported speech is built
CUE_CLITICS: tuple[str, ...] = ()
COMPLEMENTIZERS = ("que", "qu'", "qu’")
RELATIVIZERS = ("qui", "lequel", "laquelle", "dont")
CLAUSE_STARTERS = (
    "le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "il", "elle",
    "ils", "elles", "on", "nous", "son", "sa", "ses", "leur", "leurs", "aucun", "aucune",
    "tout", "tous",
)
ADJUNCT_STARTERS = (
    "à", "au", "aux", "dans", "lors", "pendant", "après", "avant", "sur", "en", "devant",
    "depuis", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
    "aujourd'hui", "ce", "cette", "encore", "également", "aussi", "ensuite", "plus",
    "sèchement", "fermement", "catégoriquement",
)
PRE_CUE_ADVERBS = (
    "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "également", "aussi",
    "encore", "déjà", "ensuite", "ainsi", "pour", "sa", "part", "sèchement", "fermement",
    "catégoriquement", "formellement", "vivement", "immédiatement", "rapidement", "lui", "même",
    "pourtant", "toutefois", "cependant", "de", "son", "côté", "y", "en", "bien", "clairement",
    "publiquement", "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "avait-il", "avait-elle",
    "a-t-on",
)
ANAPHORIC_MARKERS = ("cette", "ce", "cet", "la", "le")
NAME_PARTICLES = ("de", "du", "des", "la", "le", "d'", "van", "von", "ben", "al")
PASSIVE_CUES = ("rapporté", "publié", "cité", "informé")
BARE_CLAUSE_AFTER_CUE = True
SUBJECT_DETERMINERS = (
    "le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "plusieurs",
    "deux", "trois", "son", "sa", "ses", "leur",
)
# join two sources of one cue ("X and Y reported")
CONJUNCTIONS = ("et",)
# open a sentence whose content is the sentence before ("Об этом сообщил X.")
BACK_REFERENCES = (
    "c'est ce qu'a", "c'est ce qu'ont", "c'est ce que", "c’est ce qu’a", "c’est ce qu’ont",
    "c’est ce que", "ce qu'a", "ce que",
)
SOURCE_BREAKERS = ("et", "ou", "mais", "pour", "avec", "que", "qui", "ne", "pas")
QUOTE_PAIRS = (
    ("\u00ab", "\u00bb"),  # « »
    ("\u201c", "\u201d"),  # “ ”
    ('"', '"'),
    ("\u2039", "\u203a"),  # ‹ ›
)
TITLE_MARKERS = ("intitulé", "intitulée", "baptisé", "baptisée", "surnommé",
                 "slogan", "mot-dièse", "hashtag", "film", "livre", "émission")
