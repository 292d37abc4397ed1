"""The shared base of every language pack: what a pack may define, and defaults.

A language module (``sumber/lang/<iso>/__init__.py``) defines any of the
upper-case names below as plain constants. Names it leaves out take the
default here. :meth:`LanguagePack.from_module` turns the module into a
:class:`LanguagePack`, lower-casing word lists and compiling nothing: stages
compile what they need once and cache it per pack.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from types import ModuleType
from typing import Any

# Quotation marks shared by most languages: (open, close). A pair whose open
# and close are the same character is "symmetric" and is paired by position.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("\u201c", "\u201d"),  # “ ”
    ('"', '"'),
    ("\u201d", "\u201d"),  # ” ” (Indonesian copy often opens with the closing mark)
    ("\u00ab", "\u00bb"),  # « »
    ("\u201e", "\u201c"),  # „ “
)

# Boilerplate common to web copy in every language: (kind, regex). The regex
# is matched per line (re.MULTILINE) and marks the whole match.
BOILERPLATE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "ad",
        r"^\s*\[(?:iklan|ad|ads|advertisement|werbung|publicité|anuncio|реклама|quảng cáo)"
        r"[_ ]?\d*\]\s*$",
    ),
    ("source_line", r"^\s*(?:Sumber|Source|Quelle|Fuente|Источник|Nguồn)\s*:\s*\S.*$"),
    (
        "comments",
        r"^\s*(?:Komentar|Comments?|Kommentare|Commentaires|Comentarios|Bình luận)\s*\(\d+\)\s*$",
    ),
    ("credit", r"\((?:Foto|Photo|Gambar|Image|Bild|Ảnh|Фото)\s*:[^()\n]{1,80}\)"),
    ("share", r"^\s*(?:Share|Bagikan|Teilen|Partager|Compartir)\s*(?:this|ini)?\s*:?\s*$"),
    (
        "read_more",
        r"^\s*(?:Read more|Baca juga|Baca Juga|BACA JUGA|Lesen Sie auch|Lire aussi|Lea también)"
        r"\s*:.*$",
    ),
)


@dataclass(frozen=True)
class LanguagePack:
    """Everything the pipeline knows about one language.

    Word lists are lower-cased. Multi-word entries are written with single
    spaces. ``REPORTING_VERBS`` maps a cue word to the stance it expresses
    toward its content: "asserts" (said, kata), "denies" (denied, membantah),
    "hedges" (claimed, reportedly), "reports" (reported, melaporkan).
    """

    iso: str
    NAME: str = ""
    # attribution
    REPORTING_VERBS: dict[str, str] = field(default_factory=dict)
    ACCORDING_TO: tuple[str, ...] = ()  # "according to", "menurut"
    CITING_VERBS: tuple[str, ...] = ()  # conduit verbs: "quoted", "mengutip", "cited"
    DENIAL_MARKERS: tuple[str, ...] = ()  # "not true", "tidak benar", "pure fiction"
    HEDGE_MARKERS: tuple[str, ...] = ()  # "reportedly", "dikatakan", "diduga"
    NEGATIONS: tuple[str, ...] = ()  # "not", "tidak", "no"
    ANONYMOUS_SOURCES: tuple[str, ...] = ()  # "sumber anonim", "a source familiar with"
    MEDIA_WORDS: tuple[str, ...] = ()  # "radio", "harian", "newspaper", "agency"
    MEDIA_NAME_WORDS: tuple[
        str, ...
    ] = ()  # words that end or start a medium's name: "post", "times", "harian"
    # entities
    TITLES: tuple[str, ...] = ()  # honorifics and titles: "tn.", "bapak", "mr.", "dr."
    ROLE_NOUNS: tuple[str, ...] = ()  # "juru bicara", "presiden", "spokesman"
    PRONOUNS: dict[str, str] = field(default_factory=dict)  # word -> person|group|thing
    ORG_WORDS: tuple[
        str, ...
    ] = ()  # head nouns that start organisation names: "kementerian", "ministry"
    KNOWN_ORGS: tuple[str, ...] = ()  # "kremlin", "nato", "white house"
    KNOWN_MEDIA: tuple[str, ...] = ()  # "reuters", "sputnik", "washington post"
    STOP_CAPITALISED: tuple[str, ...] = ()  # sentence-initial words that are no names
    PLACES: dict[str, str] = field(
        default_factory=dict
    )  # place name -> canonical ("moskow": "rusia")
    NAME_PARTICLES: tuple[str, ...] = (
        "bin",
        "binti",
        "van",
        "von",
        "de",
        "da",
        "del",
        "der",
        "al",
        "el",
        "la",
        "le",
        "di",
        "dos",
        "du",
        "ibn",
    )
    ROLE_MODIFIERS: tuple[
        str, ...
    ] = ()  # lower-case words inside role phrases: "terpilih", "elect", "former"
    DETERMINERS: tuple[str, ...] = ()  # make a bare role noun a mention: "itu", "tersebut", "the"
    CLAIM_ANAPHORA: tuple[
        str, ...
    ] = ()  # nouns that point back to a claim: "informasi", "the report"
    PLAN_WORDS: tuple[str, ...] = ()  # "rencana", "plans": turn an event into a planned one
    PASSIVE_AUXILIARIES: tuple[str, ...] = ()  # "was", "has been": before a participle cue
    PATIENT_PARTICIPLES: tuple[str, ...] = ()  # "was accused": the subject is spoken about
    NOT_SOURCES: tuple[str, ...] = ()  # whole source phrases that never name a speaker: "by"
    SUBJECT_PRONOUNS: tuple[str, ...] = ()  # pronouns that can be a subject: "he", "they"
    ADDRESSEE_CUES: tuple[str, ...] = ()  # cues whose object is the hearer: "told", "tells"
    # content boundaries (the learned tagger's decoder, sumber.attribution_model.decode)
    CONTENT_OPENERS: tuple[str, ...] = ()  # open a clausal content: "that", "to", "whether"
    ADJUNCT_OPENERS: tuple[str, ...] = ()  # end a noun-phrase content: "during", "since"
    COMMA_ADJUNCT_OPENERS: tuple[str, ...] = ()  # the same after a comma: "which", "while"
    COORDINATORS: tuple[str, ...] = ()  # "and", "but": "said A and warned B" is two
    # who the source is (sumber.attribution_roles)
    PUBLIC_ROLES: tuple[str, ...] = ()  # offices, functions, experts: "kepala", "pengamat"
    PRIVATE_ROLES: tuple[str, ...] = ()  # ordinary people: "warga", "pedagang", "siswa"
    FAMILY_ROLES: tuple[str, ...] = ()  # "ibu", "ayah": private only as in "ibu dua anak"
    APPOSITION_LINKS: tuple[str, ...] = ()  # "X yang merupakan warga": words after "yang"
    # text
    QUOTE_PAIRS: tuple[tuple[str, str], ...] = QUOTE_PAIRS
    ABBREVIATIONS: tuple[str, ...] = ()  # "tn.", "mr.", "u.s." (never end a sentence)
    BOILERPLATE_PATTERNS: tuple[tuple[str, str], ...] = BOILERPLATE_PATTERNS
    # time
    MONTHS: dict[str, int] = field(default_factory=dict)
    WEEKDAYS: dict[str, int] = field(default_factory=dict)  # monday = 0
    RELATIVE_DAYS: dict[str, int] = field(default_factory=dict)  # "kemarin": -1
    # claims
    EVENTS: dict[str, tuple[str, ...]] = field(default_factory=dict)  # event -> trigger words
    extra: dict[str, Any] = field(default_factory=dict)  # any other upper-case constant

    @classmethod
    def from_module(cls, iso: str, module: ModuleType) -> LanguagePack:
        """Build a pack from a language module's upper-case constants."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for name in dir(module):
            if not name.isupper():
                continue
            value = getattr(module, name)
            if name in known:
                values[name] = _lower(value) if name not in _KEEP_CASE else value
            else:
                extra[name] = value
        return cls(iso=iso, extra=extra, **values)


_KEEP_CASE = {"NAME", "QUOTE_PAIRS", "BOILERPLATE_PATTERNS", "STOP_CAPITALISED", "PLACES"}


def _lower(value: Any) -> Any:
    if isinstance(value, str):
        return value.lower()
    if isinstance(value, dict):
        return {(k.lower() if isinstance(k, str) else k): _lower(v) for k, v in value.items()}
    if isinstance(value, (tuple, list, set, frozenset)):
        return tuple(_lower(v) for v in value)
    return value
