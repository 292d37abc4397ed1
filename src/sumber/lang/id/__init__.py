"""Indonesian (Bahasa Indonesia): word lists and patterns for the pipeline.

Includes the variants that machine translation from Vietnamese produces
(one honorific rendered as "Tn.", "Tuan" or "Bapak").
"""

NAME = "Indonesian"

# cue word -> stance it expresses toward its content
REPORTING_VERBS = {
    # neutral saying
    "kata": "asserts", "katanya": "asserts", "berkata": "asserts", "mengatakan": "asserts",
    "dikatakan": "asserts", "ujar": "asserts", "ujarnya": "asserts", "tutur": "asserts",
    "tuturnya": "asserts", "ucap": "asserts", "ucapnya": "asserts", "menyatakan": "asserts",
    "pernyataan": "asserts", "dinyatakan": "asserts", "tambah": "asserts", "tambahnya": "asserts",
    "menambahkan": "asserts", "jelas": "asserts", "jelasnya": "asserts", "menjelaskan": "asserts",
    "ungkap": "asserts", "ungkapnya": "asserts", "mengungkapkan": "asserts",
    "terang": "asserts", "terangnya": "asserts", "menerangkan": "asserts",
    "sebut": "asserts", "sebutnya": "asserts", "menyebut": "asserts", "menyebutkan": "asserts",
    "tegas": "asserts", "tegasnya": "asserts", "menegaskan": "asserts", "menekankan": "asserts",
    "papar": "asserts", "paparnya": "asserts", "memaparkan": "asserts",
    "imbuh": "asserts", "imbuhnya": "asserts", "lanjut": "asserts", "lanjutnya": "asserts",
    "kilah": "asserts", "kilahnya": "asserts", "klaim": "hedges", "mengklaim": "hedges",
    "bersikeras": "asserts", "mengakui": "asserts", "akui": "asserts", "aku": "asserts",
    "menuturkan": "asserts", "mengucapkan": "asserts", "menyampaikan": "asserts",
    "disampaikan": "asserts", "sampaikan": "asserts", "bilang": "asserts", "cetus": "asserts",
    "cetusnya": "asserts", "seru": "asserts", "serunya": "asserts", "pungkas": "asserts",
    "pungkasnya": "asserts", "tandas": "asserts", "tandasnya": "asserts",
    "menunjukkan": "asserts", "mengingatkan": "asserts", "menilai": "asserts", "nilai": "asserts",
    "berpendapat": "asserts", "memastikan": "asserts", "meyakini": "asserts", "yakin": "asserts",
    "berharap": "asserts", "meminta": "asserts", "mengimbau": "asserts", "mendesak": "asserts",
    "menuding": "hedges", "menuduh": "hedges", "tuding": "hedges",
    "mengumumkan": "asserts", "memperingatkan": "asserts", "berjanji": "asserts",
    "menyarankan": "asserts", "mengusulkan": "asserts", "menulis": "asserts", "tulis": "asserts",
    "tulisnya": "asserts", "mencuit": "asserts",
    # reporting (media as source)
    "melaporkan": "reports", "dilaporkan": "reports", "memberitakan": "reports",
    "diberitakan": "reports", "mewartakan": "reports", "melansir": "reports",
    # denying
    "membantah": "denies", "bantah": "denies", "dibantah": "denies", "menyangkal": "denies",
    "menepis": "denies", "tepis": "denies", "menampik": "denies", "menolak": "denies",
    "menafikan": "denies", "membantahnya": "denies",
    # more speech verbs seen after quotations (added for sumber.attributions)
    "keluh": "asserts", "mengeluh": "asserts", "mengeluhkan": "asserts", "tanya": "asserts",
    "bertanya": "asserts", "jawab": "asserts", "menjawab": "asserts", "pesan": "asserts",
    "berpesan": "asserts", "harap": "asserts", "pinta": "asserts", "ajak": "asserts",
    "mengajak": "asserts", "kenang": "asserts", "mengenang": "asserts", "timpal": "asserts",
    "menimpali": "asserts", "sambung": "asserts", "tukas": "asserts", "kelakar": "asserts",
    "seloroh": "asserts", "canda": "asserts", "celetuk": "asserts", "imbau": "asserts",
    "ditambahkan": "asserts", "mengemukakan": "asserts", "kemukakan": "asserts",
    "mengaku": "asserts", "sahut": "asserts", "jelaskan": "asserts", "mengungkap": "asserts",
}

ACCORDING_TO = ("menurut", "berdasarkan keterangan", "seperti dikutip dari", "dikutip dari",
                "dilansir", "dilansir dari", "seperti dilansir", "seperti dilansir dari")

CITING_VERBS = ("mengutip", "dikutip", "melansir", "dilansir", "seperti dilansir", "mengutip dari")

DENIAL_MARKERS = (
    "tidak benar", "tidak pernah terjadi", "bohong", "hoaks", "hoax", "fiksi", "rekaan",
    "tidak ada", "tidak pernah", "bukan", "palsu", "keliru", "salah", "tidak berdasar",
    "fiksi belaka", "murni fiksi",
)

HEDGE_MARKERS = (
    "dikatakan", "dikabarkan", "kabarnya", "diduga", "disebut-sebut", "disebut", "konon",
    "kemungkinan", "mungkin", "diperkirakan", "dilaporkan", "reportedly",
)

NEGATIONS = ("tidak", "tak", "bukan", "belum", "tiada", "tanpa")

ANONYMOUS_SOURCES = (
    "sumber anonim", "sumber tersebut", "sumber itu", "sumber-sumber", "seorang sumber",
    "sumber yang", "sumber yang tidak disebutkan namanya", "sumber yang enggan disebutkan namanya",
    "pejabat yang tidak disebutkan namanya", "sejumlah sumber", "beberapa sumber", "para pejabat",
    "sumber terpercaya", "sumber tepercaya", "orang dalam", "sumber dekat",
)

MEDIA_WORDS = (
    "radio", "harian", "surat kabar", "koran", "kantor berita", "stasiun televisi", "televisi",
    "majalah", "situs", "media", "laman", "portal",
)

TITLES = (
    "tn.", "tn", "tuan", "bapak", "pak", "ibu", "bu", "nyonya", "ny.", "nona", "sdr.", "saudara",
    "dr.", "prof.", "ir.", "h.", "hj.", "kh", "k.h.",
)

ROLE_NOUNS = (
    "juru bicara", "jubir", "presiden", "presiden terpilih", "wakil presiden", "perdana menteri",
    "menteri", "menteri luar negeri", "menlu", "pemimpin", "kepala", "ketua", "wakil ketua",
    "direktur", "gubernur", "wali kota", "walikota", "bupati", "kapolri", "kapolda", "kapolres",
    "jaksa", "hakim", "anggota", "duta besar", "dubes", "sekretaris", "sekjen", "panglima",
    "kanselir", "raja", "ratu", "pejabat", "penasihat", "analis", "pengamat", "ekonom", "pakar",
    "kepala negara", "kepala pemerintahan", "senator", "legislator", "politisi", "politikus",
    "komandan", "jenderal", "kolonel", "mayor", "kapten", "wakil", "koordinator", "kabid humas",
    "kabag", "kasubag", "plt", "pelaksana tugas", "camat", "lurah", "kades", "kepala desa",
)

# pronoun -> what it can refer to
PRONOUNS = {
    "ia": "person", "dia": "person", "beliau": "person", "dirinya": "person", "-nya": "person",
    "mereka": "group", "pihaknya": "group", "kami": "self", "saya": "self", "aku": "self",
}

MEDIA_NAME_WORDS = (
    "harian", "pos", "post", "radio", "tv", "televisi", "majalah", "koran", "tribun", "kantor berita",
    "times", "news", "metro", "media",
)

ORG_WORDS = (
    "jaringan", "koalisi", "aliansi", "forum", "komite", "ikatan", "persatuan", "gerakan",
    "institut", "pusat", "balai", "dinas", "direktorat", "lembaga", "komnas", "markas",
    "pemprov", "pemkot", "pemkab", "sekolah", "otoritas", "ombudsman",
    "kementerian", "partai", "komisi", "badan", "dewan", "majelis", "pemerintah", "kepolisian",
    "polda", "polres", "universitas", "bank", "pt", "perusahaan", "lembaga", "kantor",
    "mahkamah", "pengadilan", "kejaksaan",
    "asosiasi", "yayasan",
    "organisasi", "kelompok", "serikat", "fraksi", "kabinet", "kedutaan",
)

KNOWN_MEDIA = (
    "sputnik", "tass", "ria novosti", "reuters", "afp", "ap", "associated press", "bloomberg",
    "washington post", "the washington post", "new york times", "the new york times", "cnn",
    "bbc", "al jazeera", "kompas", "kompas.com", "tempo", "antara", "detik", "detikcom",
    "tribunnews", "cnn indonesia", "republika", "the guardian", "nbc", "nbc news", "abc", "cbs",
    "fox news", "axios", "politico", "rossiya 1", "interfax", "xinhua", "kyodo", "yonhap",
    "wall street journal", "financial times", "the times", "vtc news", "vnexpress", "sindonews",
)

STOP_CAPITALISED = (
    "Pada", "Menurut", "Sebelumnya", "Sementara", "Namun", "Selama", "Informasi", "Hal", "Ini",
    "Itu", "Juru", "Dalam", "Di", "Ke", "Dari", "Untuk", "Dengan", "Yang", "Dan", "Atau", "Tetapi",
    "Setelah", "Sebelum", "Saat", "Ketika", "Jika", "Kalau", "Karena", "Sehingga", "Selain",
    "Kemudian", "Lalu", "Adapun", "Bahkan", "Meski", "Meskipun", "Walaupun", "Sejak", "Hingga",
    "Sampai", "Tak", "Tidak", "Saya", "Kami", "Kita", "Mereka", "Ia", "Dia", "Beliau", "Setidaknya",
    "Selain", "Terkait", "Sedangkan", "Oleh", "Bagi", "Para", "Seperti", "Apalagi", "Juga",
    "Lebih", "Begitupun", "Begitu", "Alhasil", "Akibatnya", "Padahal",  # (attributions)
)

ABBREVIATIONS = (
    "tn.", "ny.", "dr.", "prof.", "ir.", "h.", "hj.", "sdr.", "no.", "hlm.", "dll.", "dsb.",
    "dkk.", "jl.", "kec.", "kab.", "st.", "a.s.", "u.s.", "s.h.", "m.si.", "s.e.", "m.m.",
    "drs.", "rp.", "tel.", "sen.", "jend.", "kol.", "brigjen.", "kompol.", "akbp.",
)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}

RELATIVE_DAYS = {"hari ini": 0, "kemarin": -1, "besok": 1, "lusa": 2, "kemarin lusa": -2}

# --- times (read by sumber.times) ---
# month and weekday names are written with a capital letter ("Kamis", not "kamis")
TIME_NAMES_CAPITALISED = True
# order of the parts of a numeric date: 7/11/2024 is 7 November
NUMERIC_DATE_ORDER = "dmy"
DAY_SUFFIXES: tuple[str, ...] = ()  # ordinal endings after a day number (English "7th")
DAY_MONTH_JOINERS: tuple[str, ...] = ()  # "7th of November"
# nouns kept in the span before a weekday, a month, a year: "hari Kamis", "bulan Mei", "tahun 2019"
WEEKDAY_WORDS = ("hari",)
MONTH_WORDS = ("bulan",)
YEAR_WORDS = ("tahun",)
# words that make a bare 4-digit number a year / a bare month name a month (left out of the span)
TIME_PREPOSITIONS = (
    "pada", "sejak", "sebelum", "setelah", "sesudah", "selama", "awal", "akhir", "pertengahan",
    "medio",
)
# "Kamis lalu", "pekan depan", "tahun ini": modifier after the weekday or unit -> direction
TIME_MODIFIERS_AFTER = {
    "lalu": -1, "yang lalu": -1, "kemarin": -1, "silam": -1, "depan": 1, "mendatang": 1,
    "yang akan datang": 1, "ini": 0,
}
TIME_MODIFIERS_BEFORE: dict[str, int] = {}
# unit word -> hour, minute, second, day, week, month, year, decade, century
TIME_UNITS = {
    "jam": "hour", "menit": "minute", "detik": "second", "hari": "day", "pekan": "week",
    "minggu": "week", "bulan": "month", "tahun": "year", "dekade": "decade", "abad": "century",
}
DURATION_PREFIXES = ("dalam waktu", "dalam tempo")  # kept in the span: "dalam waktu 24 jam"
AGO_WORDS = ("lalu", "yang lalu", "silam")  # "tiga hari lalu"
NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "lima belas": 15,
    "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40, "lima puluh": 50, "seratus": 100,
}
CLOCK_WORDS = ("pukul", "jam")  # kept in the span: "pukul 10.00 WIB"
TIME_JOINERS = ("pada",)  # may stand between a date and its clock time: "Senin pada 10.00 WIB"
# part of the day after a clock time -> the range of 24-hour hours it names
DAY_PARTS = {
    "pagi": (0, 11), "siang": (11, 15), "sore": (14, 18), "petang": (15, 19),
    "malam": (18, 23), "dini hari": (0, 5),
}
TIMEZONES = ("wib", "wita", "wit", "utc", "gmt")

EVENTS = {
    "phone_call": (
        "panggilan telepon", "percakapan telepon", "pembicaraan telepon", "berbicara melalui telepon",
        "berbicara lewat telepon", "menelepon", "ditelepon", "teleponan", "bertelepon",
        "sambungan telepon", "telepon", "berbicara via telepon", "berbicara dengan",
        "berbicara", "percakapan", "bercakap",
    ),
    "meeting": ("pertemuan", "bertemu", "berjumpa", "menemui", "kunjungan", "bertatap muka"),
    "talks": ("pembicaraan", "perundingan", "negosiasi", "dialog", "membahas"),
    "resignation": ("mengundurkan diri", "pengunduran diri", "mundur dari jabatan"),
    "arrest": ("ditangkap", "penangkapan", "menangkap", "ditahan"),
    "attack": ("serangan", "menyerang", "diserang"),
    "agreement": ("kesepakatan", "perjanjian", "menyepakati"),
    "informed": ("diberitahu", "diberi tahu", "memberi tahu", "diinformasikan"),
}

# place name -> canonical place (capitals stand for their countries in news copy)
PLACES = {
    "indonesia": "Indonesia", "jakarta": "Jakarta", "rusia": "Rusia", "moskow": "Rusia",
    "moskwa": "Rusia", "as": "AS", "amerika serikat": "AS", "amerika": "AS", "washington": "AS",
    "ukraina": "Ukraina", "kiev": "Ukraina", "kyiv": "Ukraina", "eropa": "Eropa", "china": "China",
    "tiongkok": "China", "beijing": "China", "inggris": "Inggris", "london": "Inggris",
    "prancis": "Prancis", "perancis": "Prancis", "paris": "Prancis", "jerman": "Jerman",
    "berlin": "Jerman", "jepang": "Jepang", "tokyo": "Jepang", "korea utara": "Korea Utara",
    "korea selatan": "Korea Selatan", "israel": "Israel", "palestina": "Palestina", "gaza": "Gaza",
    "iran": "Iran", "teheran": "Iran", "suriah": "Suriah", "turki": "Turki", "ankara": "Turki",
    "india": "India", "malaysia": "Malaysia", "singapura": "Singapura", "australia": "Australia",
    "vietnam": "Vietnam", "hanoi": "Vietnam", "belarus": "Belarus", "polandia": "Polandia",
    "kanada": "Kanada", "meksiko": "Meksiko", "brasil": "Brasil", "afrika": "Afrika",
    "asia": "Asia", "timur tengah": "Timur Tengah", "krimea": "Krimea", "donbas": "Donbas",
    "kursk": "Kursk", "jawa": "Jawa", "sumatera": "Sumatera", "bali": "Bali", "papua": "Papua",
    "surabaya": "Surabaya", "bandung": "Bandung", "medan": "Medan", "yogyakarta": "Yogyakarta",
    "semarang": "Semarang", "makassar": "Makassar", "florida": "Florida", "new york": "New York",
    "aceh": "Aceh",
    "sumatera utara": "Sumatera Utara",
    "sumatera barat": "Sumatera Barat",
    "riau": "Riau",
    "kepulauan riau": "Kepulauan Riau",
    "jambi": "Jambi",
    "bengkulu": "Bengkulu",
    "sumatera selatan": "Sumatera Selatan",
    "bangka belitung": "Bangka Belitung",
    "lampung": "Lampung",
    "banten": "Banten",
    "jawa barat": "Jawa Barat",
    "jawa tengah": "Jawa Tengah",
    "jawa timur": "Jawa Timur",
    "dki jakarta": "DKI Jakarta",
    "di yogyakarta": "DI Yogyakarta",
    "kalimantan barat": "Kalimantan Barat",
    "kalimantan tengah": "Kalimantan Tengah",
    "kalimantan selatan": "Kalimantan Selatan",
    "kalimantan timur": "Kalimantan Timur",
    "kalimantan utara": "Kalimantan Utara",
    "sulawesi utara": "Sulawesi Utara",
    "gorontalo": "Gorontalo",
    "sulawesi tengah": "Sulawesi Tengah",
    "sulawesi barat": "Sulawesi Barat",
    "sulawesi selatan": "Sulawesi Selatan",
    "sulawesi tenggara": "Sulawesi Tenggara",
    "nusa tenggara barat": "Nusa Tenggara Barat",
    "nusa tenggara timur": "Nusa Tenggara Timur",
    "ntb": "NTB",
    "ntt": "NTT",
    "maluku": "Maluku",
    "maluku utara": "Maluku Utara",
    "papua barat": "Papua Barat",
    "papua tengah": "Papua Tengah",
    "papua pegunungan": "Papua Pegunungan",
    "papua selatan": "Papua Selatan",
    "papua barat daya": "Papua Barat Daya",
    "palembang": "Palembang",
    "padang": "Padang",
    "pekanbaru": "Pekanbaru",
    "pontianak": "Pontianak",
    "banjarmasin": "Banjarmasin",
    "samarinda": "Samarinda",
    "balikpapan": "Balikpapan",
    "manado": "Manado",
    "kupang": "Kupang",
    "mataram": "Mataram",
    "denpasar": "Denpasar",
    "jayapura": "Jayapura",
    "ambon": "Ambon",
    "palu": "Palu",
    "kendari": "Kendari",
    "bogor": "Bogor",
    "depok": "Depok",
    "bekasi": "Bekasi",
    "tangerang": "Tangerang",
    "solo": "Solo",
    "malang": "Malang",
    "batam": "Batam",
    "cirebon": "Cirebon",
    "tasikmalaya": "Tasikmalaya",
}

ROLE_MODIFIERS = ("terpilih", "mantan", "bekas", "baru", "sementara", "senior", "tinggi")

DETERMINERS = ("itu", "tersebut", "ini")

CLAIM_ANAPHORA = (
    "informasi", "laporan", "berita", "kabar", "klaim", "tuduhan", "pemberitaan", "hal itu",
    "hal tersebut", "informasi tersebut", "laporan tersebut",
)

PLAN_WORDS = ("rencana", "berencana", "merencanakan", "akan")

# proper names of organisations (found as written, whatever their context)
KNOWN_ORGS = (
    "kremlin", "nato", "pbb", "uni eropa", "gedung putih", "pentagon", "tni", "dpr", "dprd", "mpr", "kpk", "kpu", "bawaslu", "polri", "istana",
)

# --- attributions (sumber.attributions): how reported speech is built
CUE_CLITICS = ("nya",)  # "katanya", "ujarnya": the clitic pronoun is the source mention
COMPLEMENTIZERS = ("bahwa",)  # "mengatakan bahwa ..."
RELATIVIZERS = ("yang",)  # "X yang menyatakan ...", "X, yang ..., menyatakan"
# words that open a subjectless clause right after a cue verb ("menyatakan hanya akan ...")
CLAUSE_STARTERS = (
    "akan", "hanya", "tidak", "tak", "belum", "sudah", "telah", "sedang", "masih", "siap", "bisa",
    "dapat", "harus", "perlu", "ingin", "mau", "pihaknya", "ada", "kini", "saat", "semua",
    "pemerintah", "para", "sejumlah", "setiap", "jika", "kalau", "apabila", "sebanyak",
    "masyarakat", "warga", "hal", "kondisi", "situasi", "upaya", "kebijakan", "program",
)
# words that open an adjunct between a cue and its content ("mengatakan kepada wartawan, ...")
ADJUNCT_STARTERS = (
    "kepada", "di", "dalam", "saat", "ketika", "pada", "seusai", "usai", "melalui", "lewat",
    "dari", "secara", "sebelum", "setelah", "dengan", "kemarin", "sambil", "seraya",
)
# adverbs between a source and its cue ("Peskov juga mengatakan")
PRE_CUE_ADVERBS = (
    "juga", "pun", "lagi", "telah", "sudah", "kembali", "sempat", "pernah", "bahkan", "justru",
    "sendiri", "kemudian", "lalu", "sebelumnya", "akhirnya", "tetap", "masih", "pula", "secara",
    "langsung", "tegas", "hanya", "lantas", "pertama", "kali", "resmi", "diam-diam", "awalnya",
)
ANAPHORIC_MARKERS = ("tersebut", "itu")  # "sumber tersebut" refers back to an earlier source
NAME_PARTICLES = ("bin", "binti", "van", "de", "der", "da", "al", "el", "von")
# passive cues: their grammatical subject is what was said, not who said it
PASSIVE_CUES = (
    "dikatakan", "dinyatakan", "dilaporkan", "diberitakan", "disampaikan", "dikabarkan",
    "disebut", "disebutkan", "dibantah", "dikutip", "dilansir", "diungkapkan", "dijelaskan",
    "ditambahkan",
)

# canonical place name -> its English name, the key places are linked by across languages
PLACE_KEYS = {
    "Rusia": "Russia", "AS": "United States", "Ukraina": "Ukraine", "Eropa": "Europe",
    "Tiongkok": "China", "Inggris": "Britain", "Prancis": "France", "Jerman": "Germany",
    "Jepang": "Japan", "Korea Utara": "North Korea", "Korea Selatan": "South Korea",
    "Palestina": "Palestine", "Suriah": "Syria", "Turki": "Turkey", "Singapura": "Singapore",
    "Kanada": "Canada", "Meksiko": "Mexico", "Brasil": "Brazil", "Afrika": "Africa",
    "Timur Tengah": "Middle East", "Krimea": "Crimea", "Polandia": "Poland",
}
BARE_CLAUSE_AFTER_CUE = False  # a bare clause after a cue must open with CLAUSE_STARTERS
SUBJECT_DETERMINERS = ("para", "pihak", "sejumlah", "seorang", "beberapa", "kedua")
# join two sources of one cue ("X and Y reported")
CONJUNCTIONS = ("dan", "serta")
SOURCE_BREAKERS = ("dan", "atau", "tetapi", "untuk", "dengan", "yang", "bahwa")
# words before a quoted title or name, which is then no quotation ("webinar bertajuk ”…”")
TITLE_MARKERS = (
    "bertajuk", "berjudul", "bertema", "bernama", "dijuluki", "julukan", "tagar", "slogan",
    "istilah", "program", "gerakan", "film", "buku", "lagu", "acara",
)
