"""sumber: who said what, according to whom, and who denies it.

The public API is small: :func:`analyze` turns an article into an
:class:`Article` record; :class:`Options` holds settings; :class:`Store` keeps
analysed articles linked across articles (imported on first use, as it needs
SQLAlchemy); errors derive from :class:`SumberError`.
"""

from typing import TYPE_CHECKING, Any

from sumber.errors import SumberError
from sumber.model import Article, Attribution, Claim, Entity, Stance, Time
from sumber.options import Options
from sumber.pipeline import analyze

if TYPE_CHECKING:
    from sumber.store import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "Entity",
    "Options",
    "Stance",
    "Store",
    "SumberError",
    "Time",
    "__version__",
    "analyze",
]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from sumber.store import Store

        return Store
    raise AttributeError(f"module 'sumber' has no attribute {name!r}")
