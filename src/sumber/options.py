"""One options object for analysis, instead of long keyword lists."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for :func:`sumber.analyze` and the CLI.

    Attributes:
        language: ISO 639-1 code to force ("id", "en"); None detects it.
        published: ISO date the article was published, the anchor for relative
            times ("kemarin", "last Thursday"); None leaves year-less dates partial.
        max_bytes: inputs larger than this are refused with a clear error.
        use_model: use trained models where a language ships one.
        fetch_timeout: seconds to wait when fetching a URL.
    """

    language: str | None = None
    published: str | None = None
    max_bytes: int = 20_000_000
    use_model: bool = True
    fetch_timeout: float = 20.0

    def with_(self, **changes: object) -> Options:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
