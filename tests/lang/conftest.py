"""Checks shared by the per-language tests: each language module names its ``ISO`` and
``PUB`` (publication date) and its own sentences; the ``check`` fixture runs them."""

from __future__ import annotations

import pytest

import sumber
from sumber import boilerplate, segment, times
from sumber.attributions import find_attributions
from sumber.langid import detect_language
from sumber.model import Article, Attribution
from sumber.options import Options


class Checks:
    """The same checks for every language, on sentences each test module writes."""

    def __init__(self, iso: str, published: str) -> None:
        self.iso = iso
        self.published = published

    def analyse(self, text: str) -> list[Attribution]:
        """The rule attributions of ``text`` (no model), with times found first."""
        article = Article(text=text, language=self.iso, published=self.published)
        article.meta["options"] = Options(use_model=False)
        for stage in (boilerplate.mark, segment.segment, times.find_times, find_attributions):
            article = stage(article)
        return article.attributions

    def attribution(
        self, text: str, kind: str, source: str, cue: str, content: str, stance: str
    ) -> None:
        """An attribution with this cue has this kind, source text, content and stance."""
        found = [a for a in self.analyse(text) if a.cue is not None and a.cue.text == cue]
        assert found, [(a.kind, a.cue and a.cue.text, a.text) for a in self.analyse(text)]
        a = found[0]
        assert a.kind == kind
        assert a.source is not None and a.source.text == source
        assert a.text == content
        assert a.stance == stance

    def date(self, text: str, expected: str, value: str) -> None:
        """The first time expression of ``text`` and its normalised value."""
        article = times.find_times(Article(text=text, language=self.iso, published=self.published))
        assert [(t.text, t.value) for t in article.times][:1] == [(expected, value)]

    def call_disputed(self, text: str, participants: set[str], denier: str) -> None:
        """``text`` (language detected) holds a phone call, disputed, denied by ``denier``."""
        article = sumber.analyze(text, published=self.published, options=Options(use_model=False))
        assert article.language == self.iso
        names = {e.id: e.name for e in article.entities}
        calls = [c for c in article.claims if c.event == "phone_call"]
        assert calls, [(c.event, c.participants) for c in article.claims]
        call = calls[0]
        assert {names[p] for p in call.participants} == participants
        stances = {(names.get(s.holder, s.holder), s.stance) for s in call.stances}
        assert (denier, "denies") in stances, stances
        assert call.status == "disputed", stances

    def language(self, text: str) -> None:
        """``text`` is identified as this language."""
        assert detect_language(text) == self.iso


@pytest.fixture
def check(request: pytest.FixtureRequest) -> Checks:
    """The shared checks for the test module's ``ISO`` and ``PUB``."""
    return Checks(request.module.ISO, getattr(request.module, "PUB", "2024-11-12"))
