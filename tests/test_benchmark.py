"""The benchmark script's linking harness and 1M projection (``scripts/benchmark.py``):
the figures BENCHMARKS.md reports for issue #7 come from these functions."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import sumber
from sumber.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "scripts" / "benchmark.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    """The bundled example articles (written for this project), analysed."""
    out = []
    for line in (ROOT / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        article = sumber.analyze(
            a["text"], published=a.get("published"), id=a["id"], url=a.get("url")
        )
        out.append(article.to_dict())
    return out


def _counts(url: str) -> tuple[int, int, int]:
    """Articles, entities and claims in a store."""
    from sqlalchemy import text

    store = Store(url)
    try:
        with store.engine.connect() as conn:
            return tuple(  # type: ignore[return-value]
                conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                for t in ("articles", "entities", "claims")
            )
    finally:
        store.close()


def test_linking_grows_one_store_through_the_sizes_as_fresh_runs_would(
    bench: ModuleType, records: list[dict[str, Any]], tmp_path: Path
) -> None:
    sizes = [12, 4, 8]
    out = bench.bench_link(records, sizes, tmp_path)

    assert [r["articles"] for r in out] == [4, 8, 12]  # smallest first
    assert all(r["ms_per_article"] > 0 for r in out)
    # the time at a size counts every article before it
    assert [r["seconds"] for r in out] == sorted(r["seconds"] for r in out)
    disputes = [r["disputes"] for r in out]
    assert disputes == sorted(disputes) and disputes[-1] > 0  # the examples dispute a call
    # the grown store is what a fresh run of the largest size stores
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    store = Store(fresh)
    store.ingest_many(bench.iter_synthetic(records, 12))
    assert len(store.disputes()) == disputes[-1]
    store.close()
    assert _counts(f"sqlite:///{tmp_path / 'link.db'}") == _counts(fresh)
    assert _counts(fresh)[0] == 12


def test_a_kept_linking_run_goes_on_where_it_stopped(
    bench: ModuleType, records: list[dict[str, Any]], tmp_path: Path
) -> None:
    keep = tmp_path / "kept"
    first = bench.bench_link(records, [4, 8], tmp_path, keep)
    lines = (keep / "stamps.txt").read_text().splitlines()
    assert len(lines) == 8
    # a second sitting: the sizes measured come back as they were, the store grows on
    out = bench.bench_link(records, [4, 8, 12], tmp_path, keep)
    assert out[:2] == first
    assert [r["articles"] for r in out] == [4, 8, 12]
    stamps = [
        [float(x) for x in line.split()] for line in (keep / "stamps.txt").read_text().splitlines()
    ]
    assert len(stamps) == 12 and stamps[:8] == [[float(x) for x in line.split()] for line in lines]
    asked = [a for a, _ in stamps]
    assert asked == sorted(asked)  # one clock across the sittings
    assert stamps[8][0] >= stamps[7][1]  # the 9th was asked for after the 8th was written
    assert out[2]["seconds"] >= first[1]["seconds"]
    # the same store as one run of 12 articles
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    store = Store(fresh)
    store.ingest_many(bench.iter_synthetic(records, 12))
    assert len(store.disputes()) == out[2]["disputes"]
    store.close()
    assert _counts(f"sqlite:///{keep / 'link.db'}") == _counts(fresh)
    # a size the store went past unmeasured, or other records: one line, nothing touched
    with pytest.raises(SystemExit, match="past 10 articles, a size it did not measure"):
        bench.bench_link(records, [10, 16], tmp_path, keep)
    with pytest.raises(SystemExit, match="kept from other records"):
        bench.bench_link(records[1:], [16], tmp_path, keep)
    assert len((keep / "stamps.txt").read_text().splitlines()) == 12
    # killed after a group was written, before its times were: it cannot go on
    text = (keep / "stamps.txt").read_text()
    (keep / "stamps.txt").write_text(text[: text.rindex("\n", 0, -1) + 1])
    with pytest.raises(SystemExit, match="holds 12 articles but only 11 are timed"):
        bench.bench_link(records, [16], tmp_path, keep)


def test_synthetic_records_can_start_anywhere(
    bench: ModuleType, records: list[dict[str, Any]]
) -> None:
    whole = list(bench.iter_synthetic(records, 3 * len(records) + 2))
    for start in (0, 1, len(records), 2 * len(records) + 1):
        assert list(bench.iter_synthetic(records, len(whole), start=start)) == whole[start:]


def test_a_linking_run_reports_its_pace_every_few_groups(
    bench: ModuleType,
    records: list[dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sumber.store

    monkeypatch.setattr(sumber.store, "GROUP", 4)
    monkeypatch.setattr(bench, "PROGRESS", 6)  # rounded to whole groups: every 4 articles
    keep = tmp_path / "kept"
    bench.bench_link(records, [10], tmp_path, keep)
    paces = [line for line in capsys.readouterr().err.splitlines() if " ms per article " in line]
    assert [line.split(" articles")[0] for line in paces] == ["linking: 8"]
    # over the 4 articles before, from one request for a group to the next
    asked = [float(line.split()[0]) for line in (keep / "stamps.txt").read_text().splitlines()]
    pace = 1000 * (asked[7] - asked[3]) / 4
    assert paces[0].endswith(f"{pace:.2f} ms per article over the last 4")
    # a second sitting goes on counting from the stored articles
    bench.bench_link(records, [10, 16], tmp_path, keep)
    paces = [line for line in capsys.readouterr().err.splitlines() if " ms per article " in line]
    assert [line.split(" articles")[0] for line in paces] == ["linking: 12", "linking: 16"]


def test_projection_extrapolates_the_growth_between_the_two_largest_sizes(
    bench: ModuleType,
) -> None:
    link = [
        {"articles": 10_000, "seconds": 50.0, "marginal_ms": 5.0},
        {"articles": 100_000, "seconds": 1_000.0, "marginal_ms": 10.0},
        {"articles": 1_000_000, "seconds": 15_000.0, "marginal_ms": 12.0},
    ]
    p = bench.project_linking(link, target=10_000_000)
    assert p["growth_per_tenfold"] == 1.2  # 12 / 10 over one tenfold, not 10 / 5
    assert p["marginal_ms_at_target"] == pytest.approx(14.4)
    # the largest run as measured, the rest at the mean of its marginal cost and the target's
    assert p["seconds"] == pytest.approx(15_000 + 9_000_000 * (12.0 + 14.4) / 2 / 1000)
    # half a tenfold apart: the growth is per tenfold all the same
    half = [dict(link[1]), {"articles": 200_000, "seconds": 2_500.0, "marginal_ms": 12.0}]
    assert bench.project_linking(half)["growth_per_tenfold"] == pytest.approx(
        1.2 ** (1 / 0.30103), abs=1e-3
    )
    # a cost that falls with the store is never projected to keep falling
    falling = [dict(link[0], marginal_ms=12.0), link[1]]
    assert bench.project_linking(falling)["growth_per_tenfold"] == 1.0


def _stamps(n: int, cost: Any) -> list[float]:
    """When each of ``n`` articles was asked for, the ``i``-th costing ``cost(i)`` seconds."""
    out, t = [], 0.0
    for i in range(n):
        out.append(t)
        t += cost(i)
    return out


def test_the_growth_is_fitted_over_every_window_of_the_last_decade(bench: ModuleType) -> None:
    # a marginal cost growing as n^0.1 is 10^0.1 = 1.259x per tenfold
    stamps = _stamps(100_000, lambda i: 0.001 * (i + 1) ** 0.1)
    fit = bench.growth_fit(stamps, 100_000, 100)
    assert fit["from"] == 10_000 and fit["to"] == 100_000 and fit["window"] == 2_500
    assert fit["growth_per_tenfold"] == pytest.approx(10**0.1, abs=2e-3)
    assert fit["low"] <= fit["growth_per_tenfold"] <= fit["high"]
    # the windows it is fitted to: 36, from a store of 11,250 to one of 98,750 articles
    assert len(fit["points"]) == 36 and fit["points"][0][0] == 11_250
    assert fit["points"][-1] == [98_750, pytest.approx(0.001 * 98_750**0.1 * 1000, rel=1e-3)]
    # a slow minute at the end (the last window 30 % slower) moves the growth per tenfold
    # between the marginal costs at 50,000 and 100,000 by a quarter, the line's by 4 %
    stalled = _stamps(100_000, lambda i: 0.001 * (i + 1) ** 0.1 * (1.3 if i > 97_500 else 1))

    def two_point(t: list[float]) -> float:
        return float(((t[-1] - t[-10_001]) / 2 / (t[49_999] - t[44_999])) ** (1 / math.log10(2)))

    assert two_point(stamps) == pytest.approx(10**0.1, abs=5e-3)
    assert two_point(stalled) / two_point(stamps) > 1.25
    refit = bench.growth_fit(stalled, 100_000, 100)["growth_per_tenfold"]
    assert refit / fit["growth_per_tenfold"] < 1.05
    # a flat cost is flat; too few groups for a window, no fit
    assert bench.growth_fit(_stamps(100_000, lambda i: 0.001), 100_000, 100)[
        "growth_per_tenfold"
    ] == pytest.approx(1.0, abs=1e-3)
    assert bench.growth_fit(stamps[:10_000], 10_000, 1_000) == {}
    # windows of whole groups cover the decade, however the groups round their width
    wide = bench.growth_fit(stamps, 100_000, 1_500)
    assert wide["window"] == 1_500 and wide["windows"] == 60 and wide["to"] == 100_000
    assert wide["growth_per_tenfold"] == pytest.approx(10**0.1, abs=3e-3)


def test_the_projection_takes_the_fitted_growth_when_there_is_one(bench: ModuleType) -> None:
    link = [
        {"articles": 100_000, "seconds": 1_000.0, "marginal_ms": 10.0},
        {"articles": 1_000_000, "seconds": 15_000.0, "marginal_ms": 20.0},
    ]
    assert bench.project_linking(link)["growth_per_tenfold"] == 2.0
    link[-1]["fit"] = {"growth_per_tenfold": 1.1}
    p = bench.project_linking(link, target=10_000_000)
    assert p["growth_per_tenfold"] == 1.1
    assert p["marginal_ms_at_target"] == pytest.approx(22.0)
    link[-1]["fit"] = {"growth_per_tenfold": 0.9}  # never projected to fall
    assert bench.project_linking(link)["growth_per_tenfold"] == 1.0


def test_the_report_gives_the_fitted_growth_beside_the_two_point_one(bench: ModuleType) -> None:
    link = [
        {"articles": 100_000, "seconds": 900.0, "per_s": 111.1, "ms_per_article": 9.0,
         "marginal_ms": 10.0, "disputes": 5},
        {"articles": 200_000, "seconds": 2_000.0, "per_s": 100.0, "ms_per_article": 10.0,
         "marginal_ms": 12.0, "disputes": 9},
    ]  # fmt: skip
    curve = [[22_500 + 5_000 * j, 10.0 + j / 10] for j in range(36)]
    link[-1]["fit"] = {"from": 20_000, "to": 200_000, "windows": 36, "window": 5_000,
                       "growth_per_tenfold": 1.3, "low": 1.2, "high": 1.4,
                       "points": curve}  # fmt: skip
    p = bench.project_linking(link)
    scale = {
        "cores": 2, "batch": [], "link": link, "corpus_words_per_article": 500,
        "ingest": [{"database": "SQLite", "articles": 10, "store_s": 1.0, "store_per_s": 10.0,
                    "bulk_s": 0.1, "bulk_per_s": 100.0}],
        "projection": {"growth_per_tenfold": p["growth_per_tenfold"],
                       "marginal_ms_at_1m": p["marginal_ms_at_target"], "analyse_hours": 1.0,
                       "link_hours": 2.0, "total_hours": 3.0, "pipelined": None},
        "pipelined": None,
    }  # fmt: skip
    text = "\n".join(bench.scale_markdown(scale, None))
    assert "it grows 1.3× per tenfold" in text and "1.2×–1.4×" in text
    assert "alone: 1.832×" in text  # 1.2x in the marginal cost over half a tenfold
    # every fourth window of the curve, and the last
    assert "at store sizes: 22,500: 10.0, 42,500: 10.4, " in text
    assert "162,500: 12.8, 182,500: 13.2, 197,500: 13.5, so the total" in text
    assert "n^1.11 there: near-linear" in text
    link[-1]["fit"]["growth_per_tenfold"] = scale["projection"]["growth_per_tenfold"] = 1.6
    assert "still rises" in "\n".join(bench.scale_markdown(scale, None))


@pytest.mark.parametrize("sizes", ["abc", "0", "", "1000,-5"])
def test_bad_link_sizes_stop_before_measuring(
    bench: ModuleType, sizes: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        bench.main(["--scale", "--link-sizes", sizes])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith(f"not positive article counts: {sizes!r}")
    assert bench._sizes("1000, 10000,") == [1000, 10000]


def test_the_last_wave_holds_the_articles_waiting_for_a_group(bench: ModuleType) -> None:
    # 10 shards of 1,000 on 2 workers: 8,000 before the last wave, 7,500 of them stored in
    # groups of 2,500, so 2,500 of the 10,000 are linked once the last wave is analysed
    assert bench.last_wave(100.0, 10_000, 2, 1000, 2500) == pytest.approx(25.0)
    assert bench.last_wave(100.0, 10_000, 2, 1000) == pytest.approx(20.0)  # shard by shard
    assert bench.last_wave(100.0, 1000, 2, 1000, 2500) == pytest.approx(100.0)  # one shard
    assert bench.last_wave(0.0, 0, 2, 1000, 2500) == 0.0


def test_link_only_does_not_write_the_whole_report(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        bench.main(["--link-only", "--write", "BENCHMARKS.md"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].endswith("not with --link-only")


def test_a_keep_folder_that_cannot_hold_a_run_is_one_line(
    bench: ModuleType, records: list[dict[str, Any]], tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(SystemExit, match="cannot keep a linking run there"):
        bench.bench_link(records, [4], tmp_path, tmp_path / "a-file")
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "link.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(SystemExit, match="cannot keep a linking run there"):
        bench.bench_link(records, [4], tmp_path, tmp_path / "kept")
