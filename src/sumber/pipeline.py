"""The analysis pipeline: the stages, in order, and :func:`analyze`.

Each stage is a plain function ``Article -> Article`` in its own module.
Reading :data:`STAGES` tells the whole architecture:

1. ``boilerplate.mark``: ads, widgets, ``Sumber:`` lines, photo credits (and ``source_url``)
2. ``langid.identify``: the language, unless given
3. ``segment.segment``: sentences and tokens
4. ``times.find_times``: time expressions, normalised against ``published``
5. ``entities.find_entities``: names, titled forms, role nouns; typed entities
6. ``attributions.find_attributions``: quotes and reported speech: source, cue, content, conduits
7. ``coref.resolve``: pronouns, role nouns and surnames tied to entities; sources resolved
8. ``attribution_roles.mark_sources``: each source a public figure, an ordinary person or unknown
9. ``claims.find_claims``: events said to have happened, and each holder's stance
"""

from __future__ import annotations

from collections.abc import Callable

from sumber import (
    attribution_roles,
    attributions,
    boilerplate,
    claims,
    coref,
    entities,
    langid,
    segment,
    times,
)
from sumber.errors import EmptyInputError
from sumber.model import Article
from sumber.options import Options

Stage = Callable[[Article], Article]

STAGES: tuple[Stage, ...] = (
    boilerplate.mark,
    langid.identify,
    segment.segment,
    times.find_times,
    entities.find_entities,
    attributions.find_attributions,
    coref.resolve,
    attribution_roles.mark_sources,
    claims.find_claims,
)


def run(article: Article, options: Options | None = None) -> Article:
    """Run every stage on ``article`` (in place) and return it."""
    options = options or Options()
    article.meta["options"] = options
    if not article.text.strip():
        raise EmptyInputError("no text to analyse", article.id)
    if options.language and not article.language:
        article.language = options.language
    if options.published and not article.published:
        article.published = options.published
    for stage in STAGES:
        article = stage(article)
    article.meta.pop("options", None)
    return article


def analyze(
    text: str,
    *,
    published: str | None = None,
    language: str | None = None,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    options: Options | None = None,
) -> Article:
    """Analyse one article's plain text.

    Args:
        text: the article text; every span in the result indexes into it.
        published: ISO date of publication, the anchor for relative times.
        language: ISO code ("id", "en"); detected when None.
        id: an identifier carried into the record.
        url: where the article was published.
        title: its headline, when known.
        options: further settings; ``published`` and ``language`` override its fields.

    Returns:
        The analysed :class:`~sumber.model.Article`; ``.to_dict()`` gives ``sumber/1`` JSON.
    """
    from sumber import lang

    options = options or Options()
    if language:
        lang.get(language)  # raises LanguageError for an unknown code
    article = Article(
        text=text,
        id=id,
        url=url,
        title=title,
        language=language or options.language,
        published=published or options.published,
    )
    return run(article, options)
