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
}

ACCORDING_TO = ("menurut", "berdasarkan keterangan", "seperti dikutip dari", "dikutip dari")

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
    "mereka": "group", "pihaknya": "group", "kami": "group",
}

ORG_WORDS = (
    "kementerian", "partai", "komisi", "badan", "dewan", "majelis", "pemerintah", "kepolisian",
    "polri", "polda", "polres", "universitas", "bank", "pt", "perusahaan", "lembaga", "kantor",
    "mahkamah", "pengadilan", "kejaksaan", "tni", "dpr", "dprd", "mpr", "kpk", "kpu", "bawaslu",
    "nato", "pbb", "uni eropa", "kremlin", "gedung putih", "pentagon", "asosiasi", "yayasan",
    "organisasi", "kelompok", "serikat", "fraksi", "kabinet", "istana", "kedutaan",
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

EVENTS = {
    "phone_call": (
        "panggilan telepon", "percakapan telepon", "pembicaraan telepon", "berbicara melalui telepon",
        "berbicara lewat telepon", "menelepon", "ditelepon", "teleponan", "bertelepon",
        "sambungan telepon", "telepon",
    ),
    "meeting": ("pertemuan", "bertemu", "berjumpa", "menemui", "kunjungan", "bertatap muka"),
    "talks": ("pembicaraan", "perundingan", "negosiasi", "dialog", "membahas"),
    "resignation": ("mengundurkan diri", "pengunduran diri", "mundur dari jabatan"),
    "election": ("pemilihan", "pemilu", "pilpres", "pilkada"),
    "arrest": ("ditangkap", "penangkapan", "menangkap", "ditahan"),
    "attack": ("serangan", "menyerang", "diserang"),
    "agreement": ("kesepakatan", "perjanjian", "menyepakati"),
    "informed": ("diberitahu", "diberi tahu", "memberi tahu", "diinformasikan"),
}
