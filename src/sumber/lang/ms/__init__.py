"""Malay (Bahasa Melayu): word lists and patterns for the pipeline.

Close to Indonesian in grammar (the clitic "-nya": "katanya", "menurutnya") but with its own
vocabulary: "jurucakap" (spokesman), "telefon", "maklumat", "akhbar", "menafikan",
"mendakwa", "dimaklumkan", months "Mac", "Julai", "Ogos", "Disember", and honorifics
("Encik", "Puan", "Datuk", "Tan Sri").
"""

NAME = "Malay"

REPORTING_VERBS = {
    # neutral saying
    "kata": "asserts", "katanya": "asserts", "berkata": "asserts", "mengatakan": "asserts",
    "menyatakan": "asserts", "kenyataan": "asserts", "dinyatakan": "asserts",
    "menambah": "asserts", "tambah": "asserts", "tambahnya": "asserts",
    "menambahkan": "asserts", "menjelaskan": "asserts", "jelas": "asserts",
    "jelasnya": "asserts", "menegaskan": "asserts", "tegas": "asserts", "tegasnya": "asserts",
    "mengulas": "asserts", "mengulangi": "asserts", "menekankan": "asserts",
    "memberitahu": "asserts", "beritahu": "asserts", "memaklumkan": "asserts",
    "mengumumkan": "asserts", "mengesahkan": "asserts", "mengakui": "asserts",
    "memberi amaran": "asserts", "mengingatkan": "asserts", "berpendapat": "asserts",
    "percaya": "asserts", "menyebut": "asserts", "menulis": "asserts", "ujar": "asserts",
    "ujarnya": "asserts", "mendesak": "asserts", "menggesa": "asserts",
    "berjanji": "asserts", "menjawab": "asserts", "jawab": "asserts",
    "menyifatkan": "asserts", "menganggap": "asserts", "memberi jaminan": "asserts",
    "mendakwa": "hedges", "dakwa": "hedges", "dakwanya": "hedges", "menuduh": "hedges",
    # reporting (media as source)
    "melaporkan": "reports", "dilaporkan": "reports", "laporkan": "reports",
    "memetik": "reports", "menyiarkan": "reports", "mewartakan": "reports",
    # denying
    "menafikan": "denies", "nafikan": "denies", "dinafikan": "denies", "menolak": "denies",
    "menyangkal": "denies", "membantah": "denies", "bantah": "denies",
    "menidakkan": "denies", "menepis": "denies", "menafikannya": "denies",
}

ACCORDING_TO = ("menurut", "memetik", "seperti dilaporkan", "seperti dipetik",
                "dipetik daripada", "berdasarkan")

CITING_VERBS = ("memetik", "dipetik", "seperti dipetik", "memetik kata", "dipetik daripada")

DENIAL_MARKERS = (
    "tidak benar", "sama sekali tidak benar", "palsu", "berita palsu", "rekaan",
    "direka-reka", "fiksyen", "fiksyen semata-mata", "tidak berasas", "dusta", "bohong",
    "tidak pernah berlaku", "tidak berlaku", "tiada perbualan", "tiada asas", "fitnah",
    "tidak tepat", "salah", "menafikan", "dinafikan", "menyangkal",
)

HEDGE_MARKERS = (
    "dikatakan", "didakwa", "dilaporkan", "dipercayai", "kononnya", "mungkin",
    "berkemungkinan", "dijangka", "khabarnya", "difahamkan",
)

NEGATIONS = ("tidak", "tak", "bukan", "belum", "tiada", "tanpa", "tidak pernah", "jangan")

ANONYMOUS_SOURCES = (
    "sumber", "sumber tanpa nama", "sumber yang tidak dinamakan", "sumber-sumber",
    "beberapa sumber", "satu sumber", "seorang sumber", "sumber yang enggan dinamakan",
    "sumber yang rapat", "sumber dalaman", "pegawai yang tidak dinamakan",
    "orang yang mengetahui", "individu yang mengetahui",
)

MEDIA_WORDS = (
    "akhbar", "agensi berita", "agensi", "stesen televisyen", "televisyen", "radio",
    "majalah", "portal", "laman", "laman web", "media", "saluran",
)

TITLES = (
    "encik", "en.", "puan", "pn.", "tuan", "cik", "datuk", "dato'", "dato", "datuk seri",
    "dato' sri", "tan sri", "tun", "tunku", "tengku", "dr.", "prof.", "yb", "yang berhormat",
    "haji", "hajah", "sdr.", "saudara",
)

ROLE_NOUNS = (
    "jurucakap", "presiden", "presiden terpilih", "naib presiden", "perdana menteri",
    "timbalan perdana menteri", "menteri", "menteri luar", "menteri luar negeri",
    "menteri pertahanan", "pemimpin", "ketua", "setiausaha", "setiausaha akhbar",
    "duta", "duta besar", "penasihat", "pegawai", "penganalisis", "pakar", "gabenor",
    "datuk bandar", "canselor", "raja", "ratu", "jeneral", "komander", "hakim",
    "pendakwa raya", "timbalan", "speaker", "ahli parlimen", "senator", "calon",
    "ketua negara", "pengarah", "pengerusi", "wakil", "ahli politik",
)

PRONOUNS = {
    "ia": "person", "dia": "person", "beliau": "person", "dirinya": "person",
    "-nya": "person", "mereka": "group", "pihaknya": "group", "kami": "self", "saya": "self",
}

MEDIA_NAME_WORDS = (
    "akhbar", "post", "times", "news", "berita", "harian", "utusan", "kosmo", "tv", "radio",
    "majalah", "sinar", "metro", "media", "star",
)

ORG_WORDS = (
    "kementerian", "kerajaan", "parti", "suruhanjaya", "jawatankuasa", "majlis", "dewan",
    "agensi", "institut", "yayasan", "universiti", "bank", "mahkamah", "tentera", "polis",
    "kedutaan", "pejabat", "persatuan", "pertubuhan", "kesatuan", "syarikat", "kumpulan",
    "jabatan", "lembaga", "pusat", "gabungan", "pakatan",
)

KNOWN_MEDIA = (
    "reuters", "afp", "ap", "associated press", "bloomberg", "tass", "ria novosti",
    "sputnik", "interfax", "washington post", "the washington post", "new york times",
    "the new york times", "wall street journal", "cnn", "bbc", "axios", "politico",
    "fox news", "nbc", "cbs", "abc", "al jazeera", "bernama", "berita harian",
    "utusan malaysia", "harian metro", "sinar harian", "kosmo", "astro awani", "awani",
    "the star", "new straits times", "malaysiakini", "free malaysia today", "rtm", "tv3",
    "rossiya 1", "xinhua",
)

STOP_CAPITALISED = (
    "Pada", "Menurut", "Sebelum", "Selepas", "Sementara", "Namun", "Walau", "Walaupun",
    "Bagaimanapun", "Dalam", "Di", "Ke", "Dari", "Daripada", "Untuk", "Dengan", "Yang",
    "Dan", "Atau", "Tetapi", "Semasa", "Ketika", "Jika", "Kalau", "Kerana", "Sehingga",
    "Selain", "Kemudian", "Lalu", "Bahkan", "Meskipun", "Sejak", "Hingga", "Sampai", "Tak",
    "Tidak", "Tiada", "Saya", "Kami", "Kita", "Mereka", "Ia", "Dia", "Beliau", "Terdahulu",
    "Oleh", "Bagi", "Para", "Seperti", "Juga", "Lebih", "Apabila", "Akhbar", "Ini", "Itu",
    "Hal", "Justeru", "Malah", "Sebaliknya", "Manakala", "Tambahan", "Difahamkan",
    "Sumber", "Kenyataan", "Laporan", "Maklumat", "Pihak", "Kedua", "Berikutan",
)

ABBREVIATIONS = (
    "en.", "pn.", "dr.", "prof.", "sdr.", "no.", "hlm.", "dll.", "dsb.", "jln.", "kg.",
    "bhd.", "sdn.", "st.", "u.s.", "a.s.", "tel.", "yb.", "hj.", "hjh.",
)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mac": 3, "april": 4, "apr": 4,
    "mei": 5, "jun": 6, "julai": 7, "jul": 7, "ogos": 8, "ogo": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "disember": 12,
    "dis": 12,
}

WEEKDAYS = {
    "isnin": 0, "selasa": 1, "rabu": 2, "khamis": 3, "jumaat": 4, "sabtu": 5, "ahad": 6,
}

RELATIVE_DAYS = {"hari ini": 0, "semalam": -1, "esok": 1, "kelmarin": -2, "lusa": 2,
                 "malam tadi": -1}

# --- times (read by sumber.times) ---
TIME_NAMES_CAPITALISED = True
NUMERIC_DATE_ORDER = "dmy"
DAY_SUFFIXES: tuple[str, ...] = ()
DAY_MONTH_JOINERS: tuple[str, ...] = ()
WEEKDAY_WORDS = ("hari",)
MONTH_WORDS = ("bulan",)
YEAR_WORDS = ("tahun",)
TIME_PREPOSITIONS = ("pada", "sejak", "sebelum", "selepas", "semasa", "awal", "akhir",
                     "pertengahan", "hingga")
TIME_MODIFIERS_AFTER = {"lalu": -1, "yang lalu": -1, "lepas": -1, "depan": 1,
                        "hadapan": 1, "akan datang": 1, "ini": 0}
TIME_MODIFIERS_BEFORE: dict[str, int] = {}
TIME_UNITS = {
    "jam": "hour", "minit": "minute", "saat": "second", "hari": "day", "minggu": "week",
    "bulan": "month", "tahun": "year", "dekad": "decade", "abad": "century",
}
DURATION_PREFIXES = ("dalam tempoh", "dalam masa", "dalam")
AGO_WORDS = ("lalu", "yang lalu", "lepas")
NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "lapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
    "lima belas": 15, "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40,
    "lima puluh": 50, "seratus": 100,
}
CLOCK_WORDS = ("pukul", "jam")
TIME_JOINERS = ("pada",)
DAY_PARTS = {"pagi": (0, 11), "tengah hari": (11, 14), "petang": (14, 19),
             "malam": (18, 23), "awal pagi": (0, 5)}
TIMEZONES = ("waktu malaysia", "utc", "gmt")

EVENTS = {
    "phone_call": (
        "panggilan telefon", "perbualan telefon", "bercakap melalui telefon",
        "berbual melalui telefon", "berhubung melalui telefon", "menelefon", "ditelefon",
        "perbualan", "panggilan", "telefon",
    ),
    "meeting": ("pertemuan", "bertemu", "berjumpa", "mesyuarat", "sidang kemuncak",
                "lawatan"),
    "talks": ("rundingan", "perbincangan", "berunding", "membincangkan", "dialog"),
    "resignation": ("meletak jawatan", "peletakan jawatan", "letak jawatan"),
    "arrest": ("ditahan", "ditangkap", "penahanan", "tangkapan"),
    "attack": ("serangan", "menyerang", "diserang"),
    "agreement": ("perjanjian", "persetujuan", "bersetuju"),
    "informed": ("dimaklumkan", "diberitahu", "diberi maklum", "dimaklumkan terlebih dahulu",
                 "dimaklumkan lebih awal"),
}

PLACES = {
    "malaysia": "Malaysia", "kuala lumpur": "Malaysia", "putrajaya": "Malaysia",
    "rusia": "Rusia", "moscow": "Rusia", "as": "AS", "amerika syarikat": "AS",
    "amerika": "AS", "washington": "AS", "ukraine": "Ukraine", "kyiv": "Ukraine",
    "kiev": "Ukraine", "eropah": "Eropah", "china": "China", "beijing": "China",
    "britain": "Britain", "united kingdom": "Britain", "london": "Britain",
    "perancis": "Perancis", "paris": "Perancis", "jerman": "Jerman", "berlin": "Jerman",
    "jepun": "Jepun", "tokyo": "Jepun", "korea utara": "Korea Utara",
    "korea selatan": "Korea Selatan", "israel": "Israel", "palestin": "Palestin",
    "gaza": "Gaza", "iran": "Iran", "syria": "Syria", "turki": "Turki", "india": "India",
    "indonesia": "Indonesia", "jakarta": "Indonesia", "singapura": "Singapura",
    "thailand": "Thailand", "vietnam": "Vietnam", "filipina": "Filipina",
    "brunei": "Brunei", "australia": "Australia", "belarus": "Belarus", "poland": "Poland",
    "crimea": "Crimea", "donbas": "Donbas", "timur tengah": "Timur Tengah",
    "asia tenggara": "Asia Tenggara", "sabah": "Sabah", "sarawak": "Sarawak",
    "johor": "Johor", "selangor": "Selangor", "penang": "Pulau Pinang",
    "pulau pinang": "Pulau Pinang", "osaka": "Osaka", "florida": "Florida",
}

PLACE_KEYS = {
    "Rusia": "Russia", "AS": "United States", "Eropah": "Europe", "Perancis": "France",
    "Jerman": "Germany", "Jepun": "Japan", "Korea Utara": "North Korea",
    "Korea Selatan": "South Korea", "Palestin": "Palestine", "Turki": "Turkey",
    "Singapura": "Singapore", "Filipina": "Philippines", "Timur Tengah": "Middle East",
    "Asia Tenggara": "Southeast Asia", "Pulau Pinang": "Penang",
}

ROLE_MODIFIERS = ("terpilih", "bekas", "baharu", "sementara", "kanan", "tinggi", "luar")

DETERMINERS = ("itu", "tersebut", "ini")

CLAIM_ANAPHORA = (
    "maklumat", "laporan", "berita", "dakwaan", "tuduhan", "kenyataan itu", "hal itu",
    "perkara itu", "perkara tersebut", "maklumat tersebut", "laporan tersebut", "ini",
)

PLAN_WORDS = ("rancangan", "merancang", "berhasrat", "hasrat", "akan", "bercadang")

KNOWN_ORGS = (
    "kremlin", "nato", "pbb", "pertubuhan bangsa-bangsa bersatu", "kesatuan eropah", "eu",
    "rumah putih", "pentagon", "kongres", "senat", "asean", "wisma putra", "parlimen",
    "umno", "pas", "dap", "pkr",
)

# --- attributions (sumber.attributions): how reported speech is built
CUE_CLITICS = ("nya",)
COMPLEMENTIZERS = ("bahawa",)
RELATIVIZERS = ("yang",)
CLAUSE_STARTERS = (
    "akan", "hanya", "tidak", "tak", "belum", "sudah", "telah", "sedang", "masih", "tiada",
    "ada", "kini", "semua", "kerajaan", "para", "setiap", "jika", "kalau", "apabila", "ia",
    "dia", "beliau", "mereka", "pihaknya", "ini", "itu",
)
ADJUNCT_STARTERS = (
    "kepada", "di", "dalam", "semasa", "ketika", "pada", "selepas", "melalui", "menerusi",
    "dari", "daripada", "secara", "sebelum", "dengan", "semalam", "sambil", "mengenai",
    "tentang",
)
PRE_CUE_ADVERBS = (
    "juga", "pun", "lagi", "telah", "sudah", "kembali", "sempat", "pernah", "bahkan", "malah",
    "sendiri", "kemudian", "lalu", "sebelum", "ini", "akhirnya", "tetap", "masih", "pula",
    "secara", "terus", "tegas", "hanya", "turut",
)
ANAPHORIC_MARKERS = ("tersebut", "itu")
NAME_PARTICLES = ("bin", "binti", "van", "de", "der", "da", "al", "el", "von", "a/l", "a/p")
PASSIVE_CUES = (
    "dinyatakan", "dilaporkan", "dikatakan", "didakwa", "dipetik", "dinafikan", "dimaklumkan",
)
BARE_CLAUSE_AFTER_CUE = False
SUBJECT_DETERMINERS = ("para", "pihak", "beberapa", "seorang", "kedua-dua", "sejumlah")
# join two sources of one cue ("X and Y reported")
CONJUNCTIONS = ("dan", "serta")
# open a sentence whose content is the sentence before ("Об этом сообщил X.")
BACK_REFERENCES = ("perkara itu", "perkara ini", "hal itu", "demikian")
SOURCE_BREAKERS = ("dan", "atau", "tetapi", "untuk", "dengan", "yang", "bahawa")
QUOTE_PAIRS = (
    ("\u201c", "\u201d"),  # “ ”
    ('"', '"'),
    ("\u201d", "\u201d"),
    ("\u00ab", "\u00bb"),
)
TITLE_MARKERS = ("bertajuk", "berjudul", "bertema", "bernama", "digelar", "gelaran",
                 "tanda pagar", "slogan", "istilah", "program", "filem", "buku", "lagu")
