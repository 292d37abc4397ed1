"""English: word lists and patterns for the pipeline."""

NAME = "English"

REPORTING_VERBS = {
    # saying
    "say": "asserts", "says": "asserts", "said": "asserts", "saying": "asserts",
    "tell": "asserts", "tells": "asserts", "told": "asserts", "telling": "asserts",
    "state": "asserts", "states": "asserts", "stated": "asserts", "statement": "asserts",
    "add": "asserts", "adds": "asserts", "added": "asserts", "adding": "asserts",
    "explain": "asserts", "explains": "asserts", "explained": "asserts",
    "note": "asserts", "notes": "asserts", "noted": "asserts",
    "stress": "asserts", "stressed": "asserts", "emphasize": "asserts", "emphasized": "asserts",
    "insist": "asserts", "insists": "asserts", "insisted": "asserts",
    "argue": "asserts", "argues": "asserts", "argued": "asserts",
    "write": "asserts", "writes": "asserts", "wrote": "asserts", "tweeted": "asserts",
    "announce": "asserts", "announced": "asserts", "announces": "asserts",
    "declare": "asserts", "declared": "asserts", "confirm": "asserts", "confirmed": "asserts",
    "confirms": "asserts", "acknowledge": "asserts", "acknowledged": "asserts",
    "admit": "asserts", "admitted": "asserts", "warn": "asserts", "warned": "asserts",
    "warns": "asserts", "predict": "asserts", "predicted": "asserts", "believe": "asserts",
    "believes": "asserts", "believed": "asserts", "think": "asserts", "thinks": "asserts",
    "thought": "asserts", "told reporters": "asserts", "recalled": "asserts", "remarked": "asserts",
    "replied": "asserts", "responded": "asserts", "continued": "asserts", "asked": "asserts",
    "promised": "asserts", "vowed": "asserts", "pledged": "asserts", "urged": "asserts",
    "suggested": "hedges", "suggests": "hedges", "claimed": "hedges", "claims": "hedges",
    "claim": "hedges", "alleged": "hedges", "alleges": "hedges", "accused": "hedges",
    "reportedly": "hedges",
    # reporting
    "report": "reports", "reports": "reports", "reported": "reports",
    # denying
    "deny": "denies", "denies": "denies", "denied": "denies", "denying": "denies",
    "dismissed": "denies", "dismisses": "denies", "rejected": "denies", "rejects": "denies",
    "refuted": "denies", "disputed": "denies", "rebuffed": "denies",
}

ACCORDING_TO = ("according to", "citing", "as reported by", "in the words of")

CITING_VERBS = ("quoted", "quoting", "cited", "citing", "via")

DENIAL_MARKERS = (
    "not true", "untrue", "false", "fiction", "pure fiction", "fake", "fabricated", "baseless",
    "never happened", "did not happen", "didn't happen", "no truth", "nonsense", "incorrect",
    "not correct", "no such", "hoax",
)

HEDGE_MARKERS = (
    "reportedly", "allegedly", "apparently", "purportedly", "is said to", "was said to",
    "are said to", "may have", "might have", "possibly", "supposedly",
)

NEGATIONS = ("not", "no", "never", "n't", "neither", "nor", "without")

ANONYMOUS_SOURCES = (
    "a source", "sources", "the source", "a person familiar", "people familiar",
    "a person with knowledge", "people with knowledge", "officials said", "an official",
    "a senior official", "one official", "officials", "an aide", "aides", "insiders",
    "someone familiar", "those familiar", "a spokesperson who declined to be named",
    "anonymous", "unnamed", "a diplomat", "diplomats",
    "unidentified", "sources familiar", "a person familiar", "people familiar",
)

MEDIA_WORDS = (
    "newspaper", "radio", "television", "tv", "channel", "agency", "news agency", "outlet",
    "broadcaster", "magazine", "daily", "website", "network", "station",
)

TITLES = (
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.", "sir", "dame", "lord",
    "lady", "rev.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "pres.",
)

ROLE_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "press secretary", "president",
    "president-elect", "vice president", "prime minister", "minister", "foreign minister",
    "secretary", "secretary of state", "leader", "chief", "head", "chairman", "chairwoman",
    "director", "governor", "mayor", "senator", "congressman", "congresswoman",
    "representative", "ambassador", "envoy", "adviser", "advisor", "aide", "official",
    "analyst", "expert", "economist", "candidate", "nominee", "chancellor", "king", "queen",
    "general", "commander", "judge", "prosecutor", "attorney general", "lawmaker",
    "campaign manager", "manager", "ceo", "founder", "professor", "lawyer", "attorney",
)

PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
    "they": "group", "them": "group", "it": "thing", "we": "self", "i": "self",
}

MEDIA_NAME_WORDS = (
    "post", "times", "ledger", "journal", "herald", "gazette", "tribune", "news", "daily", "press",
    "chronicle", "telegraph", "observer", "independent", "guardian", "examiner", "courier",
    "radio", "tv", "television", "broadcasting",
)

ORG_WORDS = (
    "office", "hall", "council", "network", "coalition", "alliance", "forum", "institute",
    "center", "centre", "authority", "board", "bureau", "service", "ombudsman", "federation",
    "ministry", "party", "committee", "commission", "council", "agency", "department",
    "government", "administration", "university", "bank", "company", "corporation", "inc.",
    "group", "foundation", "institute", "association", "union", "court", "army", "police",
    "campaign",
    "house", "embassy",
)

KNOWN_MEDIA = (
    "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "tass",
    "ria novosti", "sputnik", "interfax", "washington post", "the washington post",
    "new york times", "the new york times", "the times", "wall street journal",
    "the wall street journal", "cnn", "bbc", "nbc", "nbc news", "abc", "abc news", "cbs",
    "cbs news", "fox news", "msnbc", "npr", "politico", "axios", "the guardian", "guardian",
    "financial times", "the hill", "huffington post", "breitbart", "usa today", "the post",
    "the new york post", "new york post", "the atlantic", "time", "newsweek", "al jazeera",
    "kyiv independent", "rossiya 1", "xinhua", "yonhap", "kyodo", "the economist",
)

STOP_CAPITALISED = (
    "Republican", "Democratic", "Democrat", "Russian", "Ukrainian", "American", "British",
    "Chinese", "French", "German", "European", "Israeli", "Iranian", "Former", "Then", "Top",
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And",
    "Or", "If", "When", "While", "After", "Before", "Since", "As", "He", "She", "It", "They",
    "We", "I", "You", "His", "Her", "Their", "Our", "Its", "There", "Here", "What", "Who",
    "Why", "How", "Where", "According", "Earlier", "Later", "Meanwhile", "However", "Still",
    "Also", "Asked", "Speaking", "During", "From", "To", "With", "By", "Of", "Not", "No",
    "Yes", "Some", "Many", "Most", "All", "Both", "Each", "Every", "One", "Two", "Last", "Next",
)

ABBREVIATIONS = (
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.",
    "capt.", "st.", "jr.", "sr.", "inc.", "corp.", "co.", "ltd.", "u.s.", "u.k.", "u.n.",
    "d.c.", "e.g.", "i.e.", "etc.", "vs.", "no.", "jan.", "feb.", "mar.", "apr.", "aug.",
    "sept.", "sep.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "pres.", "rev.", "ft.", "mt.",
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1}

# --- times (read by sumber.times) ---
# month and weekday names are written with a capital letter ("Thursday", not "thursday")
TIME_NAMES_CAPITALISED = True
# order of the parts of a numeric date: 11/7/2024 is November 7
NUMERIC_DATE_ORDER = "mdy"
DAY_SUFFIXES = ("st", "nd", "rd", "th")  # "November 7th"
DAY_MONTH_JOINERS = ("of",)  # "7th of November"
# nouns kept in the span before a weekday, a month, a year: "the year 2019"
WEEKDAY_WORDS: tuple[str, ...] = ()
MONTH_WORDS: tuple[str, ...] = ()
YEAR_WORDS = ("year",)
# words that make a bare 4-digit number a year / a bare month name a month (left out of the span)
TIME_PREPOSITIONS = (
    "in", "since", "until", "till", "before", "after", "during", "from", "early", "late", "mid",
    "through", "throughout",
)
# "last Thursday", "next week", "this year": modifier before the weekday or unit -> direction
TIME_MODIFIERS_BEFORE = {"last": -1, "next": 1, "this": 0, "coming": 1}
TIME_MODIFIERS_AFTER: dict[str, int] = {}
# unit word -> hour, minute, second, day, week, month, year, decade, century
TIME_UNITS = {
    "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute", "second": "second",
    "seconds": "second", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century",
}
DURATION_PREFIXES = ("within",)  # kept in the span: "within 24 hours"
AGO_WORDS = ("ago",)  # "three days ago"
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "a hundred": 100, "one hundred": 100,
}
CLOCK_WORDS: tuple[str, ...] = ()  # "at" stays out of the span: "at 10 a.m." -> "10 a.m."
TIME_JOINERS = ("at", "on")  # may stand between a date and its clock time: "Monday at 10 a.m."
# part of the day after a clock time -> the range of 24-hour hours it names
DAY_PARTS = {
    "a.m.": (0, 11), "am": (0, 11), "p.m.": (12, 23), "pm": (12, 23),
    "in the morning": (0, 11), "in the afternoon": (12, 18), "in the evening": (17, 23),
    "at night": (18, 23),
}
TIMEZONES = (
    "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "cet", "cest",
    "msk",
)

EVENTS = {
    "phone_call": (
        "phone call", "telephone call", "phone conversation", "telephone conversation",
        "call", "called", "calls", "spoke by phone", "spoke on the phone", "phoned",
        "talked by phone", "spoke", "speak", "spoken", "conversation", "talked",
    ),
    "meeting": ("meeting", "met", "meet", "summit", "visit", "talks in person"),
    "talks": ("talks", "negotiations", "discussed", "negotiate"),
    "resignation": ("resigned", "resignation", "stepped down", "step down", "quit"),
    "arrest": ("arrested", "arrest", "detained"),
    "attack": ("attack", "attacked", "strike", "struck"),
    "agreement": ("agreement", "deal", "agreed"),
    "informed": ("informed", "told in advance", "notified", "briefed"),
}

PLACES = {
    # demonyms name their country when they stand for it ("the Ukrainian side")
    "russian": "Russia", "ukrainian": "Ukraine", "american": "United States",
    "chinese": "China", "european": "Europe", "british": "Britain", "german": "Germany",
    "french": "France", "israeli": "Israel", "iranian": "Iran", "indonesian": "Indonesia",
    "russia": "Russia", "moscow": "Russia", "united states": "United States", "u.s.": "United States",
    "us": "United States", "usa": "United States", "america": "United States",
    "washington": "United States", "ukraine": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "europe": "Europe", "china": "China", "beijing": "China", "britain": "Britain",
    "united kingdom": "Britain", "uk": "Britain", "london": "Britain", "france": "France",
    "paris": "France", "germany": "Germany", "berlin": "Germany", "japan": "Japan",
    "tokyo": "Japan", "north korea": "North Korea", "south korea": "South Korea",
    "israel": "Israel", "gaza": "Gaza", "iran": "Iran", "tehran": "Iran", "syria": "Syria",
    "turkey": "Turkey", "india": "India", "indonesia": "Indonesia", "jakarta": "Indonesia",
    "mexico": "Mexico", "canada": "Canada", "brazil": "Brazil", "africa": "Africa", "asia": "Asia",
    "middle east": "Middle East", "crimea": "Crimea", "donbas": "Donbas", "kursk": "Kursk",
    "florida": "Florida", "new york": "New York", "california": "California", "texas": "Texas",
    "ohio": "Ohio", "pennsylvania": "Pennsylvania", "iowa": "Iowa", "virginia": "Virginia",
    "north carolina": "North Carolina", "michigan": "Michigan", "wisconsin": "Wisconsin",
    "nevada": "Nevada", "arizona": "Arizona", "georgia": "Georgia", "colorado": "Colorado",
    "new hampshire": "New Hampshire", "palm beach": "Palm Beach", "mar-a-lago": "Mar-a-Lago",
}

ROLE_MODIFIERS = ("former", "elect", "acting", "deputy", "senior", "top", "chief", "new", "vice")

DETERMINERS = ("the", "this", "that")

CLAIM_ANAPHORA = (
    "reports", "the report", "the reports", "information", "the claim", "claims", "allegations",
    "the story", "such reports", "this information",
)

PLAN_WORDS = ("plan", "plans", "planned", "planning", "will", "would")

# proper names of organisations (found as written, whatever their context)
KNOWN_ORGS = (
    "nato", "un", "united nations", "eu", "european union", "kremlin", "white house", "pentagon", "congress", "senate", "fbi", "cia",
)

# --- attributions (sumber.attributions): how reported speech is built
CUE_CLITICS = ()
COMPLEMENTIZERS = ("that",)
RELATIVIZERS = ("who", "which")
# words that open a clause right after a cue verb ("said the plan ...", "said he ...")
CLAUSE_STARTERS = (
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "there", "his", "her",
    "their", "its", "this", "these", "those", "no", "none", "all", "some", "any", "nobody",
    "everyone", "nothing", "if", "our", "my", "your", "such", "one", "many", "most", "both",
)
ADJUNCT_STARTERS = (
    "to", "in", "on", "at", "during", "after", "before", "from", "via", "through", "while",
    "when", "last", "this", "yesterday", "today", "earlier", "later", "repeatedly", "privately",
    "publicly", "separately", "recently", "again", "also", "then", "late", "early",
)
PRE_CUE_ADVERBS = (
    "also", "later", "previously", "then", "further", "again", "repeatedly", "has", "had",
    "have", "once", "recently", "publicly", "privately", "separately", "earlier", "flatly",
    "strongly", "firmly", "quickly", "initially", "first", "reportedly", "allegedly", "has also",
    "had also", "often", "frequently", "never", "always", "even", "himself", "herself",
)
ANAPHORIC_MARKERS = ("the", "that", "this")
NAME_PARTICLES = ("van", "de", "von", "bin", "al", "la", "le", "der", "da", "di", "del", "du")
PASSIVE_CUES = ()  # English passives ("was reported") take "by" for the source: not a subject
BARE_CLAUSE_AFTER_CUE = True  # "said the plan failed": the content needs no "that"
# words that open a common-noun source ("the bank said", "several aides said")
SUBJECT_DETERMINERS = (
    "the", "a", "an", "this", "these", "those", "several", "many", "some", "two",
    "three", "his", "her", "their", "its", "our", "other", "another", "both", "most", "few",
    "top", "one", "each", "every", "senior", "former",
)
# join two sources of one cue ("X and Y reported")
CONJUNCTIONS = ("and",)
SOURCE_BREAKERS = ("and", "or", "but", "of", "for", "with", "whom", "than", "as", "not", "also")
# quotation marks: the shared ones plus the doubled apostrophes of some news feeds (''…'')
QUOTE_PAIRS = (
    ("\u201c", "\u201d"), ('"', '"'), ("\u201d", "\u201d"), ("\u00ab", "\u00bb"),
    ("\u201e", "\u201c"), ("``", "''"), ("''", "''"),
)
# words before a quoted title or name, which is then no quotation ("a film titled "…"")
TITLE_MARKERS = (
    "titled", "entitled", "called", "dubbed", "named", "so-called", "slogan", "hashtag",
    "headlined", "nicknamed", "term",
)
