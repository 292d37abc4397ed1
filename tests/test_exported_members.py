"""The public surface stays small and deliberate."""

import sumber


def test_exported_members() -> None:
    assert sorted(sumber.__all__) == sorted(
        [
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
    )
    for name in sumber.__all__:
        assert hasattr(sumber, name)
