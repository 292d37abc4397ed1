"""Vietnamese (tiếng Việt): word lists and patterns for the pipeline.

Vietnamese does not inflect, but its words are written as space-separated syllables: most
entries here are multi-syllable phrases ("cho biết", "người phát ngôn", "Điện Kremlin",
"cuộc điện đàm"). People are referred to with a kinship honorific ("ông Putin", "bà Harris")
and roles stand before names in lower case ("Tổng thống Nga Vladimir Putin"). Dates are
mostly numeric, day first ("ngày 7/11"), and months are numbered ("tháng 11").
"""

NAME = "Vietnamese"

REPORTING_VERBS = {
    # saying
    "nói": "asserts",
    "nói rằng": "asserts",
    "cho biết": "asserts",
    "cho hay": "asserts",
    "khẳng định": "asserts",
    "tuyên bố": "asserts",
    "nhấn mạnh": "asserts",
    "phát biểu": "asserts",
    "chia sẻ": "asserts",
    "giải thích": "asserts",
    "bổ sung": "asserts",
    "nói thêm": "asserts",
    "lưu ý": "asserts",
    "nêu rõ": "asserts",
    "xác nhận": "asserts",
    "thừa nhận": "asserts",
    "trả lời": "asserts",
    "phản hồi": "asserts",
    "bình luận": "asserts",
    "viết": "asserts",
    "thông báo": "asserts",
    "cảnh báo": "asserts",
    "kêu gọi": "asserts",
    "nhận định": "asserts",
    "đánh giá": "asserts",
    "tiết lộ": "asserts",
    "nhắc lại": "asserts",
    "khẳng định rằng": "asserts",
    "cam kết": "asserts",
    "hứa": "asserts",
    "bày tỏ": "asserts",
    "nhận xét": "asserts",
    "trấn an": "asserts",
    "cho rằng": "hedges",
    "cáo buộc": "hedges",
    "tuyên bố rằng": "asserts",
    # reporting (media as source)
    "đưa tin": "reports",
    "đăng tải": "reports",
    "loan tin": "reports",
    "báo cáo": "reports",
    "tường thuật": "reports",
    "đăng tin": "reports",
    # denying
    "bác bỏ": "denies",
    "bác tin": "denies",
    "phủ nhận": "denies",
    "bác bỏ thông tin": "denies",
    "phủ định": "denies",
    "bác thông tin": "denies",
    "bác bỏ tin": "denies",
}

ACCORDING_TO = ("theo", "theo lời", "dẫn lời", "trích lời", "căn cứ vào")

CITING_VERBS = ("dẫn", "dẫn lời", "dẫn nguồn", "trích dẫn", "trích lời", "dẫn nguồn tin")

DENIAL_MARKERS = (
    "không đúng",
    "không đúng sự thật",
    "không đúng với thực tế",
    "sai sự thật",
    "sai",
    "hư cấu",
    "bịa đặt",
    "tin giả",
    "tin đồn",
    "không có thật",
    "vô căn cứ",
    "bịa",
    "không có bất cứ",
    "không hề có",
    "thông tin sai",
    "xuyên tạc",
    "bác bỏ",
    "phủ nhận",
    "bác tin",
)

HEDGE_MARKERS = (
    "được cho là",
    "có thể",
    "nghe nói",
    "dường như",
    "có lẽ",
    "được biết",
    "tin đồn",
    "nghi vấn",
    "được cho",
)

NEGATIONS = ("không", "chưa", "chẳng", "không hề", "chưa từng", "chưa hề", "không có")

ANONYMOUS_SOURCES = (
    "nguồn tin",
    "nguồn tin ẩn danh",
    "các nguồn tin",
    "một nguồn tin",
    "nguồn thạo tin",
    "nguồn tin giấu tên",
    "nguồn tin thân cận",
    "người thạo tin",
    "những người thạo tin",
    "những người am hiểu",
    "quan chức giấu tên",
    "một quan chức",
    "các quan chức",
    "quan chức",
    "giới chức",
    "nguồn",
    "các nguồn",
)

MEDIA_WORDS = (
    "báo",
    "tờ",
    "tờ báo",
    "hãng tin",
    "hãng thông tấn",
    "thông tấn xã",
    "đài",
    "kênh",
    "tạp chí",
    "trang",
    "trang tin",
    "đài truyền hình",
    "hãng",
)

TITLES = ("ông", "bà", "ngài", "anh", "chị", "cô", "tiến sĩ", "ts.", "gs.", "pgs.", "ths.")

ROLE_NOUNS = (
    "người phát ngôn",
    "phát ngôn viên",
    "thư ký báo chí",
    "tổng thống",
    "tổng thống đắc cử",
    "phó tổng thống",
    "thủ tướng",
    "phó thủ tướng",
    "bộ trưởng",
    "bộ trưởng ngoại giao",
    "ngoại trưởng",
    "chủ tịch",
    "nhà lãnh đạo",
    "lãnh đạo",
    "người đứng đầu",
    "đại sứ",
    "cố vấn",
    "cố vấn an ninh quốc gia",
    "giám đốc",
    "thống đốc",
    "thị trưởng",
    "thượng nghị sĩ",
    "nghị sĩ",
    "hạ nghị sĩ",
    "tướng",
    "chỉ huy",
    "thẩm phán",
    "công tố viên",
    "chuyên gia",
    "nhà phân tích",
    "đại diện",
    "thủ lĩnh",
    "quốc vương",
    "vua",
    "nữ hoàng",
    "ứng viên",
    "phóng viên",
    "người đứng đầu điện kremlin",
    "trợ lý",
    "tư lệnh",
    "chánh văn phòng",
)

PRONOUNS = {"họ": "group", "tôi": "self", "chúng tôi": "self", "chúng ta": "self"}

MEDIA_NAME_WORDS = (
    "post",
    "times",
    "news",
    "báo",
    "tạp chí",
    "đài",
    "journal",
    "tv",
    "radio",
    "online",
)

ORG_WORDS = (
    "bộ",
    "chính phủ",
    "đảng",
    "ủy ban",
    "hội đồng",
    "quốc hội",
    "thượng viện",
    "hạ viện",
    "cơ quan",
    "viện",
    "quỹ",
    "trường",
    "đại học",
    "ngân hàng",
    "tòa án",
    "quân đội",
    "cảnh sát",
    "đại sứ quán",
    "văn phòng",
    "liên đoàn",
    "liên minh",
    "hiệp hội",
    "công ty",
    "tập đoàn",
    "nhóm",
)

KNOWN_MEDIA = (
    "reuters",
    "afp",
    "ap",
    "associated press",
    "bloomberg",
    "tass",
    "sputnik",
    "ria novosti",
    "interfax",
    "washington post",
    "the washington post",
    "new york times",
    "the new york times",
    "wall street journal",
    "cnn",
    "bbc",
    "axios",
    "politico",
    "fox news",
    "nbc",
    "cbs",
    "abc",
    "al jazeera",
    "vnexpress",
    "tuổi trẻ",
    "thanh niên",
    "dân trí",
    "vietnamnet",
    "vtv",
    "ttxvn",
    "thông tấn xã việt nam",
    "nhân dân",
    "vov",
    "zing",
    "lao động",
    "tiền phong",
    "người lao động",
    "vtc news",
    "rossiya 1",
)

STOP_CAPITALISED = (
    "Theo",
    "Trong",
    "Ngoài",
    "Sau",
    "Khi",
    "Tuy",
    "Tuy nhiên",
    "Nhưng",
    "Và",
    "Với",
    "Điều",
    "Đây",
    "Đó",
    "Này",
    "Thông",
    "Thông tin",
    "Không",
    "Chưa",
    "Người",
    "Hiện",
    "Hiện nay",
    "Bài",
    "Bài báo",
    "Các",
    "Những",
    "Một",
    "Cuộc",
    "Ngày",
    "Hôm",
    "Trước",
    "Từ",
    "Tại",
    "Ở",
    "Vào",
    "Cũng",
    "Đồng",
    "Đồng thời",
    "Bên",
    "Nếu",
    "Vì",
    "Do",
    "Để",
    "Mặc",
    "Dù",
    "Ngay",
    "Còn",
    "Phía",
    "Nhà",
    "Tôi",
    "Chúng",
    "Họ",
    "Ảnh",
    "Video",
    "Nguồn",
    "Trả",
    "Phát",
    "Năm",
    "Tháng",
    "Tuần",
    "Đến",
    "Hơn",
    "Nhiều",
    "Tin",
    "Báo",
    "Tờ",
    "Hãng",
    "Tổng",
    "Ông",
    "Bà",
    # country names of two or three letters: the entity stage reads gazetteer names that
    # short only in capitals, so these would run into the name after them ("Nga Vladimir")
    "Nga",
    "Mỹ",
    "Úc",
    "Lào",
    "Ý",
    "Âu",
    "Á",
    "Phi",  # "châu Âu", "châu Á", "châu Phi": continents written with one capital
)

ABBREVIATIONS = ("ts.", "gs.", "pgs.", "ths.", "tp.", "q.", "p.", "tr.", "st.", "u.s.")

MONTHS = {
    "tháng một": 1,
    "tháng giêng": 1,
    "tháng 1": 1,
    "tháng hai": 2,
    "tháng 2": 2,
    "tháng ba": 3,
    "tháng 3": 3,
    "tháng tư": 4,
    "tháng 4": 4,
    "tháng năm": 5,
    "tháng 5": 5,
    "tháng sáu": 6,
    "tháng 6": 6,
    "tháng bảy": 7,
    "tháng 7": 7,
    "tháng tám": 8,
    "tháng 8": 8,
    "tháng chín": 9,
    "tháng 9": 9,
    "tháng mười": 10,
    "tháng 10": 10,
    "tháng mười một": 11,
    "tháng 11": 11,
    "tháng mười hai": 12,
    "tháng chạp": 12,
    "tháng 12": 12,
}

WEEKDAYS = {
    "thứ hai": 0,
    "thứ 2": 0,
    "thứ ba": 1,
    "thứ 3": 1,
    "thứ tư": 2,
    "thứ 4": 2,
    "thứ năm": 3,
    "thứ 5": 3,
    "thứ sáu": 4,
    "thứ 6": 4,
    "thứ bảy": 5,
    "thứ 7": 5,
    "chủ nhật": 6,
}

RELATIVE_DAYS = {
    "hôm nay": 0,
    "hôm qua": -1,
    "ngày mai": 1,
    "hôm kia": -2,
    "ngày kia": 2,
    "tối qua": -1,
    "đêm qua": -1,
    "sáng nay": 0,
    "chiều nay": 0,
}

# --- times (read by sumber.times) ---
TIME_NAMES_CAPITALISED = False
NUMERIC_DATE_ORDER = "dmy"
DAY_SUFFIXES: tuple[str, ...] = ()
DAY_MONTH_JOINERS: tuple[str, ...] = ()
WEEKDAY_WORDS = ("hôm", "ngày", "vào")
MONTH_WORDS: tuple[str, ...] = ()
YEAR_WORDS = ("năm",)
TIME_PREPOSITIONS = ("từ", "trước", "sau", "trong", "đầu", "cuối", "giữa", "vào", "đến")
TIME_MODIFIERS_AFTER = {"trước": -1, "qua": -1, "tới": 1, "sau": 1, "này": 0, "nay": 0}
TIME_MODIFIERS_BEFORE: dict[str, int] = {}
TIME_UNITS = {
    "giờ": "hour",
    "tiếng": "hour",
    "phút": "minute",
    "giây": "second",
    "ngày": "day",
    "tuần": "week",
    "tháng": "month",
    "năm": "year",
    "thập kỷ": "decade",
    "thập niên": "decade",
    "thế kỷ": "century",
}
DURATION_PREFIXES = ("trong", "trong vòng", "trong vòng chưa đầy")
AGO_WORDS = ("trước",)  # "ba ngày trước"
NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "mười lăm": 15,
    "hai mươi": 20,
    "ba mươi": 30,
    "bốn mươi": 40,
    "năm mươi": 50,
    "một trăm": 100,
}
CLOCK_WORDS = ("lúc", "vào lúc")
TIME_JOINERS = ("lúc", "vào lúc")
DAY_PARTS = {"sáng": (0, 11), "trưa": (11, 13), "chiều": (12, 18), "tối": (18, 23), "đêm": (20, 23)}
TIMEZONES = ("giờ hà nội", "giờ địa phương", "gmt", "utc")

EVENTS = {
    "phone_call": (
        "cuộc điện đàm",
        "điện đàm",
        "cuộc gọi",
        "cuộc gọi điện",
        "gọi điện",
        "gọi điện thoại",
        "cuộc điện thoại",
        "nói chuyện qua điện thoại",
        "trao đổi qua điện thoại",
        "điện thoại",
    ),
    "meeting": (
        "cuộc gặp",
        "gặp",
        "gặp gỡ",
        "gặp mặt",
        "thượng đỉnh",
        "hội nghị thượng đỉnh",
        "chuyến thăm",
        "hội đàm",
    ),
    "talks": ("đàm phán", "cuộc đàm phán", "thảo luận", "đối thoại", "thương lượng"),
    "resignation": ("từ chức", "xin từ chức"),
    "arrest": ("bắt giữ", "bị bắt", "bắt giam", "tạm giữ"),
    "attack": ("tấn công", "cuộc tấn công", "không kích", "đột kích"),
    "agreement": ("thỏa thuận", "hiệp định", "đạt thỏa thuận", "nhất trí"),
    "informed": (
        "được thông báo",
        "được thông báo trước",
        "được báo trước",
        "được thông tin",
        "được biết trước",
        "được thông báo về",
    ),
}

PLACES = {
    "nga": "Nga",
    "moscow": "Nga",
    "mát-xcơ-va": "Nga",
    "mỹ": "Mỹ",
    "hoa kỳ": "Mỹ",
    "washington": "Mỹ",
    "ukraine": "Ukraine",
    "kiev": "Ukraine",
    "kyiv": "Ukraine",
    "châu âu": "Châu Âu",
    "trung quốc": "Trung Quốc",
    "bắc kinh": "Trung Quốc",
    "anh": "Anh",
    "london": "Anh",
    "pháp": "Pháp",
    "paris": "Pháp",
    "đức": "Đức",
    "berlin": "Đức",
    "nhật bản": "Nhật Bản",
    "tokyo": "Nhật Bản",
    "ấn độ": "Ấn Độ",
    "triều tiên": "Triều Tiên",
    "hàn quốc": "Hàn Quốc",
    "việt nam": "Việt Nam",
    "hà nội": "Việt Nam",
    "iran": "Iran",
    "israel": "Israel",
    "thổ nhĩ kỳ": "Thổ Nhĩ Kỳ",
    "ba lan": "Ba Lan",
    "belarus": "Belarus",
    "crimea": "Crimea",
    "donbass": "Donbass",
    "kursk": "Kursk",
    "trung đông": "Trung Đông",
    "florida": "Florida",
    "new york": "New York",
    "gaza": "Gaza",
    "syria": "Syria",
}

PLACE_KEYS = {
    "Nga": "Russia",
    "Mỹ": "United States",
    "Châu Âu": "Europe",
    "Trung Quốc": "China",
    "Anh": "Britain",
    "Pháp": "France",
    "Đức": "Germany",
    "Nhật Bản": "Japan",
    "Ấn Độ": "India",
    "Triều Tiên": "North Korea",
    "Hàn Quốc": "South Korea",
    "Việt Nam": "Vietnam",
    "Thổ Nhĩ Kỳ": "Turkey",
    "Ba Lan": "Poland",
    "Trung Đông": "Middle East",
    "Donbass": "Donbas",
}

ROLE_MODIFIERS = ("đắc cử", "cựu", "tân", "mới", "phó", "quyền", "cấp cao", "điện", "của")

DETERMINERS = ("này", "đó", "ấy", "nói trên", "trên")

CLAIM_ANAPHORA = (
    "thông tin",
    "thông tin này",
    "thông tin đó",
    "bài báo",
    "bài viết",
    "tin",
    "tin này",
    "báo cáo",
    "điều này",
    "điều đó",
    "cáo buộc",
    "các thông tin",
    "những thông tin",
)

PLAN_WORDS = ("kế hoạch", "dự kiến", "dự định", "sẽ", "lên kế hoạch", "có kế hoạch")

KNOWN_ORGS = (
    "điện kremlin",
    "kremlin",
    "nhà trắng",
    "lầu năm góc",
    "nato",
    "liên hợp quốc",
    "liên minh châu âu",
    "eu",
    "quốc hội mỹ",
    "bộ ngoại giao",
    "fbi",
    "cia",
    "bộ ngoại giao mỹ",
    "bộ ngoại giao nga",
    "bộ ngoại giao ukraine",
    "bộ quốc phòng",
    "bộ quốc phòng mỹ",
    "bộ quốc phòng nga",
    "bộ công an",
    "bộ tài chính",
    "bộ y tế",
    "văn phòng tổng thống",
    "hội đồng bảo an",
    "liên hợp quốc",
)

# --- attributions (sumber.attributions): how reported speech is built
CUE_CLITICS: tuple[str, ...] = ()
COMPLEMENTIZERS = ("rằng",)
RELATIVIZERS = ("mà",)
CLAUSE_STARTERS = ("ông", "bà", "họ", "chúng", "không", "chưa", "đây", "điều", "các", "những")
ADJUNCT_STARTERS = (
    "với",
    "trong",
    "tại",
    "khi",
    "sau",
    "trước",
    "ngày",
    "hôm",
    "vào",
    "trên",
    "hôm qua",
    "hôm nay",
    "tối",
    "sáng",
    "chiều",
    "hồi",
    "lúc",
)
PRE_CUE_ADVERBS = (
    "đã",
    "cũng",
    "vừa",
    "mới",
    "từng",
    "còn",
    "lại",
    "tiếp tục",
    "thẳng thừng",
    "kiên quyết",
    "sau đó",
    "đồng thời",
    "hôm",
    "ngày",
    "trước đó",
    "nhanh chóng",
    "lập tức",
    "sớm",
    "cũng đã",
    "đã từng",
    "thì",
)
ANAPHORIC_MARKERS = ("này", "đó", "trên", "ấy")
NAME_PARTICLES = ("de", "van", "von", "bin", "al")
PASSIVE_CUES = ("được cho là",)
BARE_CLAUSE_AFTER_CUE = True
SUBJECT_DETERMINERS = ("các", "những", "một", "hai", "nhiều", "một số", "mọi")
# join two sources of one cue ("X and Y reported")
CONJUNCTIONS = ("và",)
# open a sentence whose content is the sentence before ("Об этом сообщил X.")
BACK_REFERENCES = ("đây là thông tin", "thông tin này", "điều này")
SOURCE_BREAKERS = ("và", "hoặc", "nhưng", "với", "cho", "rằng", "không", "là")
QUOTE_PAIRS = (
    ("\u201c", "\u201d"),  # “ ”
    ('"', '"'),
    ("\u00ab", "\u00bb"),  # « »
)
TITLE_MARKERS = (
    "mang tên",
    "có tên",
    "với tên",
    "tựa đề",
    "tiêu đề",
    "khẩu hiệu",
    "chiến dịch",
    "chương trình",
    "bộ phim",
    "cuốn sách",
    "gọi là",
)
