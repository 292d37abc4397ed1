"""sumber: who said what, according to whom, and who denies it.

The public API is small: :func:`analyze` turns an article into an
:class:`Article` record; :class:`Options` holds settings; errors derive from
:class:`SumberError`.
"""

from sumber.errors import SumberError
from sumber.model import Article, Attribution, Claim, Entity, Stance, Time
from sumber.options import Options
from sumber.pipeline import analyze

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "Entity",
    "Options",
    "Stance",
    "SumberError",
    "Time",
    "__version__",
    "analyze",
]
