"""Spanish (español): word lists and patterns for the pipeline.

Cues are the finite verb forms news copy uses (pretérito "dijo", "negó", present "dice",
plural "dijeron", perfect participles after "ha"/"han", which stand between a source and
its cue like adverbs). Quotations use " ", “ ” or « »; dialogue dashes are left to the
quotation finder's unclosed-quote handling.
"""

NAME = "Spanish"

_SAY = (
    "dijo dice dijeron dicen decía dicho declaró declara declararon declarado afirmó afirma "
    "afirmaron afirmado aseguró asegura aseguraron asegurado señaló señala señalaron señalado "
    "explicó explica explicaron explicado añadió añade añadieron agregó agrega agregaron "
    "indicó indica indicaron indicado subrayó subraya destacó destaca insistió insiste "
    "sostuvo sostiene recalcó recordó recuerda advirtió advierte precisó precisa manifestó "
    "manifiesta expresó expresa comentó comenta apuntó apunta escribió escribe confirmó "
    "confirma confirmaron confirmado anunció anuncia anunciaron reconoció reconoce admitió "
    "admite respondió responde contestó aclaró aclara enfatizó concluyó consideró considera "
    "estimó opinó prometió tuiteó reiteró reafirmó detalló detalla"
).split()

REPORTING_VERBS = {
    **{w: "asserts" for w in _SAY},
    "alegó": "hedges", "alega": "hedges", "sugirió": "hedges", "sugiere": "hedges",
    "acusó": "hedges", "acusa": "hedges", "supuestamente": "hedges",
    # reporting (media as source)
    "informó": "reports", "informa": "reports", "informaron": "reports", "informado": "reports",
    "reportó": "reports", "reporta": "reports", "publicó": "reports", "publica": "reports",
    "reveló": "reports", "revela": "reports", "difundió": "reports", "adelantó": "reports",
    "informar": "reports",
    # denying
    "negó": "denies", "niega": "denies", "negaron": "denies", "niegan": "denies",
    "negado": "denies", "desmintió": "denies", "desmiente": "denies", "desmintieron": "denies",
    "desmentido": "denies", "rechazó": "denies", "rechaza": "denies", "rechazaron": "denies",
    "rechazado": "denies", "refutó": "denies", "refuta": "denies", "descartó": "denies",
    "descarta": "denies", "desestimó": "denies", "negar": "denies", "desmentir": "denies",
}

ACCORDING_TO = (
    "según", "de acuerdo con", "de acuerdo a", "citando", "citando a", "en palabras de",
    "según informó", "según dijo", "según fuentes",
)

CITING_VERBS = ("citando", "citando a", "citó", "cita", "citado por", "citada por")

DENIAL_MARKERS = (
    "no es cierto", "falso", "falsa", "falsos", "falsas", "completamente falso", "ficción",
    "pura ficción", "información falsa", "informaciones falsas", "infundado", "infundada",
    "sin fundamento", "inventado", "inventada", "mentira", "bulo", "bulos", "no ocurrió",
    "nunca ocurrió", "no tuvo lugar", "no se produjo", "no hubo", "carece de fundamento",
    "desinformación", "noticia falsa", "noticias falsas", "no corresponde a la realidad",
    "negó", "niega", "desmintió", "desmiente", "rechazó",
)

HEDGE_MARKERS = (
    "supuestamente", "presuntamente", "al parecer", "aparentemente", "habría", "habrían",
    "según versiones", "posiblemente", "probablemente", "quizás", "tal vez",
    "se habría", "se habrían",
)

NEGATIONS = ("no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "ni", "sin", "nada",
             "tampoco")

ANONYMOUS_SOURCES = (
    "fuentes", "una fuente", "fuentes anónimas", "fuente anónima", "fuentes no identificadas",
    "una fuente no identificada", "fuente no identificada", "fuentes cercanas",
    "una fuente cercana", "fuentes oficiales", "fuentes diplomáticas", "fuentes del gobierno",
    "personas familiarizadas", "personas al tanto", "personas conocedoras",
    "un funcionario", "funcionarios", "un alto funcionario", "un diplomático", "diplomáticos",
    "allegados", "un allegado", "fuentes conocedoras", "bajo condición de anonimato",
)

MEDIA_WORDS = (
    "diario", "periódico", "agencia", "agencia de noticias", "cadena", "canal", "radio",
    "televisión", "revista", "semanario", "medio", "medios", "portal", "sitio web", "emisora",
)

TITLES = ("sr.", "sr", "sra.", "sra", "srta.", "señor", "señora", "señorita", "don", "doña",
          "dr.", "dra.", "lic.", "ing.")

ROLE_NOUNS = (
    "portavoz", "portavoz del kremlin", "vocero", "vocera", "secretario de prensa",
    "presidente", "presidenta", "presidente electo", "presidente ruso", "mandatario",
    "mandataria", "jefe de estado", "primer ministro", "primera ministra", "ministro",
    "ministra", "canciller", "ministro de exteriores", "ministro de asuntos exteriores",
    "jefe", "jefa", "líder", "dirigente", "director", "directora", "secretario", "secretaria",
    "asesor", "asesora", "embajador", "embajadora", "enviado", "gobernador", "gobernadora",
    "alcalde", "alcaldesa", "senador", "senadora", "diputado", "diputada", "general",
    "comandante", "juez", "jueza", "fiscal", "analista", "experto", "experta", "rey", "reina",
    "candidato", "candidata", "funcionario", "republicano", "demócrata", "homólogo",
)

PRONOUNS = {
    "él": "person", "ella": "person", "ellos": "group", "ellas": "group",
    "nosotros": "self", "yo": "self",
}

MEDIA_NAME_WORDS = (
    "post", "times", "país", "mundo", "diario", "periódico", "prensa", "news", "tv", "radio",
    "noticias", "vanguardia", "confidencial", "nación", "tiempo", "universal", "journal",
)

ORG_WORDS = (
    "ministerio", "gobierno", "partido", "comisión", "comité", "consejo", "congreso",
    "senado", "agencia", "instituto", "fundación", "universidad", "banco", "tribunal",
    "corte", "ejército", "policía", "embajada", "administración", "oficina", "federación",
    "unión", "asociación", "grupo", "empresa", "cancillería",
)

KNOWN_MEDIA = (
    "reuters", "efe", "afp", "ap", "associated press", "europa press", "bloomberg", "tass",
    "ria novosti", "interfax", "sputnik", "washington post", "the washington post",
    "new york times", "the new york times", "wall street journal", "cnn", "cnn en español",
    "bbc", "bbc mundo", "el país", "el mundo", "abc", "la vanguardia", "el confidencial",
    "rtve", "clarín", "la nación", "el universal", "infobae", "telemundo", "univision",
    "axios", "politico", "fox news", "nbc", "cbs", "al jazeera", "rossiya 1",
)

STOP_CAPITALISED = (
    "El", "La", "Los", "Las", "Un", "Una", "Unos", "Unas", "Lo", "Este", "Esta", "Esto",
    "Estos", "Estas", "Ese", "Esa", "Eso", "Él", "Ella", "Ellos", "Ellas", "Nosotros", "Yo",
    "Según", "Tras", "Antes", "Después", "Durante", "Desde", "En", "De", "Del", "Al", "A",
    "Con", "Sin", "Por", "Para", "Sobre", "Entre", "Hasta", "Pero", "Y", "O", "Si", "Cuando",
    "Mientras", "Aunque", "Además", "Sin embargo", "También", "Ya", "Así", "No", "Ni",
    "Nunca", "Todo", "Todos", "Todas", "Preguntado", "Preguntada", "Consultado", "Consultada",
    "Asimismo", "Incluso", "Todavía", "Aún", "Hoy", "Ayer", "Mañana", "Esto", "Que", "Qué",
    "Quién", "Cómo", "Dónde", "Por qué", "Presidente", "Información", "Redacción",
    "Edición",
)

ABBREVIATIONS = (
    "sr.", "sra.", "srta.", "dr.", "dra.", "lic.", "ing.", "etc.", "ee.uu.", "ee. uu.",
    "pág.", "núm.", "no.", "ene.", "feb.", "mar.", "abr.", "jun.", "jul.", "ago.", "sept.",
    "sep.", "oct.", "nov.", "dic.", "aprox.", "gral.", "av.", "u.s.", "d.c.", "ud.", "uds.",
)

MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}

WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
}

RELATIVE_DAYS = {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antier": -2,
                 "pasado mañana": 2, "anoche": -1}

# --- times (read by sumber.times) ---
# month and weekday names are written in lower case ("el jueves 7 de noviembre")
TIME_NAMES_CAPITALISED = False
NUMERIC_DATE_ORDER = "dmy"
DAY_SUFFIXES: tuple[str, ...] = ()
DAY_MONTH_JOINERS = ("de",)  # "7 de noviembre"
WEEKDAY_WORDS: tuple[str, ...] = ()
MONTH_WORDS = ("mes de",)
YEAR_WORDS = ("año", "del año")
TIME_PREPOSITIONS = ("en", "desde", "antes de", "después de", "durante", "hasta", "a principios de",
                     "a finales de", "a mediados de")
# "el jueves pasado", "la semana próxima": modifier after the weekday or unit -> direction
TIME_MODIFIERS_AFTER = {
    "pasado": -1, "pasada": -1, "anterior": -1, "próximo": 1, "próxima": 1, "que viene": 1,
    "entrante": 1,
}
TIME_MODIFIERS_BEFORE = {"este": 0, "esta": 0, "próximo": 1, "próxima": 1}
TIME_UNITS = {
    "hora": "hour", "horas": "hour", "minuto": "minute", "minutos": "minute",
    "segundo": "second", "segundos": "second", "día": "day", "días": "day", "semana": "week",
    "semanas": "week", "mes": "month", "meses": "month", "año": "year", "años": "year",
    "década": "decade", "décadas": "decade", "siglo": "century", "siglos": "century",
}
DURATION_PREFIXES = ("en", "durante", "dentro de", "en un plazo de")
AGO_WORDS: tuple[str, ...] = ()  # "hace tres días": before the number (not yet read)
NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100,
}
CLOCK_WORDS = ("a las", "las")
TIME_JOINERS = ("a las",)
DAY_PARTS = {
    "de la mañana": (0, 11), "de la tarde": (12, 19), "de la noche": (19, 23),
    "de la madrugada": (0, 5),
}
TIMEZONES = ("gmt", "utc", "hora local", "hora de moscú", "hora peninsular")

EVENTS = {
    "phone_call": (
        "llamada telefónica", "llamada", "conversación telefónica", "conversación",
        "charla telefónica", "habló por teléfono", "hablaron por teléfono", "por teléfono",
        "telefoneó", "llamó", "habló con", "hablaron", "conversaron", "conversó",
        "contacto telefónico",
    ),
    "meeting": ("reunión", "se reunió", "se reunieron", "encuentro", "cumbre", "visita"),
    "talks": ("conversaciones", "negociaciones", "negociar", "diálogo", "discutieron"),
    "resignation": ("dimisión", "dimitió", "renuncia", "renunció"),
    "arrest": ("detenido", "detenida", "detención", "arrestado", "arresto"),
    "attack": ("ataque", "atacó", "atacado", "bombardeo", "atentado"),
    "agreement": ("acuerdo", "pacto", "acordaron"),
    "informed": ("informado", "informada", "informados", "notificado", "notificada",
                 "avisado", "avisada", "puesto al corriente"),
}

PLACES = {
    "españa": "España", "madrid": "España", "rusia": "Rusia", "moscú": "Rusia",
    "estados unidos": "Estados Unidos", "ee.uu.": "Estados Unidos", "eeuu": "Estados Unidos",
    "ee. uu.": "Estados Unidos", "eua": "Estados Unidos", "washington": "Estados Unidos",
    "ucrania": "Ucrania", "kiev": "Ucrania", "europa": "Europa", "china": "China",
    "pekín": "China", "reino unido": "Reino Unido", "londres": "Reino Unido",
    "francia": "Francia", "parís": "Francia", "alemania": "Alemania", "berlín": "Alemania",
    "méxico": "México", "argentina": "Argentina", "colombia": "Colombia", "chile": "Chile",
    "perú": "Perú", "venezuela": "Venezuela", "cuba": "Cuba", "brasil": "Brasil",
    "israel": "Israel", "irán": "Irán", "siria": "Siria", "turquía": "Turquía",
    "japón": "Japón", "india": "India", "corea del norte": "Corea del Norte",
    "corea del sur": "Corea del Sur", "polonia": "Polonia", "bielorrusia": "Bielorrusia",
    "crimea": "Crimea", "donbás": "Donbás", "oriente medio": "Oriente Medio",
    "oriente próximo": "Oriente Medio", "florida": "Florida", "nueva york": "Nueva York",
    "gaza": "Gaza",
}

PLACE_KEYS = {
    "España": "Spain", "Rusia": "Russia", "Estados Unidos": "United States",
    "Ucrania": "Ukraine", "Europa": "Europe", "Reino Unido": "Britain", "Francia": "France",
    "Alemania": "Germany", "México": "Mexico", "Perú": "Peru", "Brasil": "Brazil",
    "Irán": "Iran", "Siria": "Syria", "Turquía": "Turkey", "Japón": "Japan",
    "Corea del Norte": "North Korea", "Corea del Sur": "South Korea", "Polonia": "Poland",
    "Bielorrusia": "Belarus", "Donbás": "Donbas", "Oriente Medio": "Middle East",
    "Nueva York": "New York",
}

ROLE_MODIFIERS = (
    "electo", "electa", "ex", "exministro", "antiguo", "nuevo", "nueva", "adjunto", "adjunta",
    "ruso", "rusa", "estadounidense", "ucraniano", "ucraniana", "español", "española",
    "interino", "interina", "saliente", "del", "de", "la", "el",
)

DETERMINERS = ("el", "la", "los", "las", "este", "esta", "ese", "esa", "dicho", "dicha")

CLAIM_ANAPHORA = (
    "información", "informaciones", "la información", "esta información", "las informaciones",
    "informe", "informes", "noticia", "noticias", "versión", "versiones", "afirmaciones",
    "acusaciones", "esto", "eso", "reportes", "publicación",
)

PLAN_WORDS = ("plan", "planes", "planea", "prevé", "previsto", "va a", "van a", "intención",
              "pretende")

KNOWN_ORGS = (
    "kremlin", "otan", "onu", "ue", "unión europea", "casa blanca", "pentágono", "congreso",
    "senado", "fbi", "cia", "moncloa", "cancillería",
)

# --- attributions (sumber.attributions): how reported speech is built
CUE_CLITICS: tuple[str, ...] = ()
COMPLEMENTIZERS = ("que",)
RELATIVIZERS = ("que", "quien", "quienes", "cual", "cuales")
CLAUSE_STARTERS = (
    "el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "esto", "ese",
    "eso", "él", "ella", "ellos", "no", "nunca", "su", "sus", "ningún", "ninguna", "todo",
    "todos",
)
ADJUNCT_STARTERS = (
    "a", "al", "en", "durante", "tras", "después", "antes", "ante", "desde", "por", "este",
    "esta", "el", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "ayer", "hoy", "también", "además", "luego", "nuevamente", "tajantemente",
    "rotundamente", "categóricamente",
)
PRE_CUE_ADVERBS = (
    "también", "ya", "luego", "después", "además", "nuevamente", "ha", "han", "había",
    "habían", "habría", "se", "le", "les", "no", "tajantemente", "rotundamente",
    "categóricamente", "enfáticamente", "públicamente", "inmediatamente", "incluso", "asimismo",
    "por", "su", "parte", "sin", "embargo",
)
ANAPHORIC_MARKERS = ("esta", "este", "dicha", "dicho", "la", "el", "misma", "mismo")
NAME_PARTICLES = ("de", "del", "la", "las", "los", "y", "van", "von", "da", "al", "bin")
PASSIVE_CUES = ("informado", "publicado", "citado", "citada", "negado", "desmentido")
BARE_CLAUSE_AFTER_CUE = True
SUBJECT_DETERMINERS = (
    "el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "varios", "varias",
    "dos", "tres", "su", "sus", "otro", "otra",
)
# join two sources of one cue ("X and Y reported")
CONJUNCTIONS = ("y", "e")
# open a sentence whose content is the sentence before ("Об этом сообщил X.")
BACK_REFERENCES = ("así lo", "así", "eso", "esto lo")
SOURCE_BREAKERS = ("y", "o", "pero", "para", "con", "que", "no", "como")
QUOTE_PAIRS = (
    ("\u201c", "\u201d"),  # “ ”
    ('"', '"'),
    ("\u00ab", "\u00bb"),  # « »
    ("\u2018", "\u2019"),  # ‘ ’
)
TITLE_MARKERS = ("titulado", "titulada", "denominado", "denominada",
                 "bautizado", "apodado", "lema", "etiqueta", "película", "libro", "programa")
