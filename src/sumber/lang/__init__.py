"""Language knowledge, one package per language under ``sumber/lang/<iso>/``.

A language package is data: its ``__init__.py`` defines upper-case constants
(see :class:`sumber.lang.base.LanguagePack` for the names and what they
mean). Adding a language means adding a folder; the pipeline never names a
language. :func:`get` loads and caches a pack.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from sumber.errors import LanguageError
from sumber.lang.base import LanguagePack


def available() -> list[str]:
    """ISO codes of every language that has a pack."""
    return list(_available())


@cache
def _available() -> tuple[str, ...]:
    import sumber.lang as pkg

    return tuple(sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.ispkg))


@cache
def get(iso: str) -> LanguagePack:
    """The language pack for ``iso``.

    Args:
        iso: ISO 639-1 code, e.g. "id" or "en".

    Returns:
        The loaded :class:`LanguagePack`.

    Raises:
        LanguageError: when there is no pack for ``iso``.
    """
    if iso not in available():
        raise LanguageError(f"no language pack for {iso!r} (available: {', '.join(available())})")
    module = importlib.import_module(f"sumber.lang.{iso}")
    return LanguagePack.from_module(iso, module)


__all__ = ["LanguagePack", "available", "get"]
