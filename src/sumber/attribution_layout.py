"""Attribution rules, part 3: attributions the page layout makes, with no reporting verb.

Language-neutral; run by :class:`sumber.attributions._Finder` after the direct quotations:

* **signed quotation**: a quotation followed, on its line, by a dash and a name (``“…” ―
  Ana Ruiz``, ``"…" — Budi``): the dash is the cue, the name the source;
* **speaker line**: a line (or a paragraph opening with a quotation mark) that starts with a
  speaker label in capitals and a colon, as in transcripts (``PENCE: Well, …``), when the
  text has at least two different labels; the label is the source, the colon the cue, the
  rest of the line the content;
* **headline label**: the first line of the text opening with a short name and a colon
  (``Sanders: Clinton must …``), when an entity stage found that name.

All three give ``direct`` attributions.
"""

from __future__ import annotations

import re

from sumber.attribution_direct import QUOTE_CHARS, Found, RulesBase
from sumber.model import Cue, Source, Span

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|del|la|van|von|da|bin|al))*"
# a quotation's closing mark (or the punctuation after it) then a dash and a name
# (no two runs of blanks side by side: on a text of blanks they would backtrack quadratically)
SIGNATURE_DASHES = "\u2015\u2014\u2013"  # the dashes that sign a quotation: ― — –
_SIGNED = re.compile(
    rf"[ \t]*(?:[.,][ \t]*)?([{SIGNATURE_DASHES}])[ \t]*({_NAME})[ \t]*(?:\.[ \t]*)?(?=\n|$)"
)
# a speaker label in capitals at a line start: "PENCE:", "MR. TRUMP:", "WALLACE :"
_SPEAKER = re.compile(
    r"^[ \t]*(?:[\"“”'][ \t]*)?"
    r"([A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})[ \t]*(:)[ \t]+(\S[^\n]*)",
    re.M,
)
_HEADLINE = re.compile(rf"\A[ \t]*({_NAME})[ \t]*(:)[ \t]+(\S[^\n]*)")
_MAX_NAME_WORDS = 5
_MIN_SPEAKERS = 2  # a transcript has at least two speakers


class LayoutRules(RulesBase):
    """Signed quotations, transcript speaker lines and labelled headlines."""

    def _layout(self) -> None:
        taken = [(s, e) for f in self.found for s, e in f.content]
        self._signed_quotes()
        self._speaker_lines(taken)

    def _signed_quotes(self) -> None:
        text = self.text
        for k, q in enumerate(self.quotes):
            if k in self.used_quotes or k in self.name_quotes or not q.closed:
                continue
            m = _SIGNED.match(text, q.end)
            if m is None or len(m.group(2).split()) > _MAX_NAME_WORDS:
                continue
            ns, ne = m.span(2)
            if text[ne - 1] == "." and ne - ns > 2 and not text[ne - 3].isspace():
                ne -= 1  # the full stop after the name, not an initial ("Oscar P.")
            inner = self._clean(q.inner)
            if inner[1] <= inner[0]:
                continue
            self.used_quotes.add(k)
            self._add(
                Found(
                    Source(text[ns:ne], (ns, ne)),
                    Cue(m.group(1), m.span(1)),
                    [inner],
                    "direct",
                    "asserts",
                    anchor=m.start(1),
                )
            )

    def _speaker_lines(self, taken: list[Span]) -> None:
        text = self.text
        found = list(_SPEAKER.finditer(text))
        if len({m.group(1) for m in found}) < _MIN_SPEAKERS:
            found = []  # one capitalised label ("NOTE:") is no transcript
        head = _HEADLINE.match(text)
        if head is not None and self._is_entity(head.span(1)):
            found.insert(0, head)
        for m in found:
            if len(m.group(1).split()) > _MAX_NAME_WORDS or self._in_bp(m.start(1)):
                continue
            s, e = m.span(3)
            while e > s and (text[e - 1] in QUOTE_CHARS or text[e - 1].isspace()):
                e -= 1
            if e - s < 2 or any(a < e and s < b for a, b in taken):
                continue
            self._add(
                Found(
                    Source(m.group(1), m.span(1)),
                    Cue(m.group(2), m.span(2)),
                    [(s, e)],
                    "direct",
                    "asserts",
                    anchor=m.start(2),
                )
            )

    def _is_entity(self, span: Span) -> bool:
        """Whether a headline label names someone the article names: an entity mention over
        it, or one holding all its words ("Harlow" for "Senator Jane Harlow")."""
        s, e = span
        words = set(self.text[s:e].split())
        return any(
            (m.span[0] < e and s < m.span[1]) or words <= set(m.text.split())
            for ent in self.article.entities
            if ent.type in ("person", "organization", "group", "media")
            for m in ent.mentions
        )
