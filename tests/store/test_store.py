"""The Store library: migrations, idempotent ingest, replacement, linking and disputes.

Each test runs on SQLite and, when available, on PostgreSQL (see conftest.py).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import create_engine, func, inspect, select

import sumber
from sumber import Store, link
from sumber.store import StoreError, ingest, migrations
from sumber.store import schema as s


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _blocking_shape(store: Store) -> tuple[list[str], list[str], list[str]]:
    """The key of ``entity_keys``, its indexes, and (SQLite) the blocking tables that are
    not kept in key order."""
    with store.engine.connect() as conn:
        seen = inspect(conn)
        pk = seen.get_pk_constraint("entity_keys")["constrained_columns"]
        indexes = sorted(i["name"] for i in seen.get_indexes("entity_keys"))
        rowid = []
        if conn.dialect.name == "sqlite":
            rowid = [
                name
                for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE name IN ('entities', 'entity_keys')"
                )
                if "WITHOUT ROWID" not in sql.upper()
            ]
    return pk, indexes, sorted(rowid)


CLUSTERED = (["entity_id", "key"], ["ix_entity_keys_rank"], [])


def test_fresh_database_gets_every_migration_and_a_second_open_none(store_url: str) -> None:
    first = Store(store_url)
    assert first.applied == [v for v, _, _ in migrations.MIGRATIONS]
    assert _blocking_shape(first) == CLUSTERED
    first.close()
    second = Store(store_url)
    assert second.applied == []
    assert migrations.applied(second.engine) == [v for v, _, _ in migrations.MIGRATIONS]
    second.close()


def test_ingest_twice_is_unchanged(store_url: str, texts: dict[str, str]) -> None:
    with Store(store_url) as store:
        article = sumber.Article(text=texts["id_report"], published="2025-03-05")
        first = store.ingest(article)
        assert first.status == "inserted"
        assert first.article_id.startswith("text-")
        again = sumber.Article(text=texts["id_report"], published="2025-03-05")
        assert store.ingest(again) == sumber.store.IngestResult(first.article_id, "unchanged")
        assert len(store.articles()) == 1


def test_same_url_is_the_same_article(store_url: str, texts: dict[str, str]) -> None:
    url = "https://example.org/a/1"
    with Store(store_url) as store:
        a = store.ingest(sumber.Article(text=texts["en_denial"], url=url))
        b = store.ingest(sumber.Article(text=texts["en_denial"], url=url, id="other-name"))
        assert (b.article_id, b.status) == (a.article_id, "unchanged")


def test_changed_text_replaces_in_one_go_without_leftovers(
    store_url: str, texts: dict[str, str]
) -> None:
    with Store(store_url) as store:
        assert (
            store.ingest(
                sumber.Article(text=texts["id_report"], id="x", published="2025-03-05")
            ).status
            == "inserted"
        )
        before = store.article("x")
        assert before is not None and before["claims"]
        result = store.ingest(
            sumber.Article(text=texts["en_denial"], id="x", published="2025-03-06")
        )
        assert result.status == "replaced"
        after = store.article("x")
        assert after is not None and after["text"] == texts["en_denial"]
        assert len(store.articles()) == 1
        # only the new analysis' rows remain; entities and claims of the old one are pruned
        names = {e["name"] for e in after["entities"]}
        with store.engine.connect() as conn:
            stored = {r[0] for r in conn.execute(select(s.entities.c.name))}
            assert stored == names
            claim_ids = {r[0] for r in conn.execute(select(s.claims.c.id))}
        assert claim_ids == {c["global_id"] for c in after["claims"]}
        assert _count(store, s.attributions) == len(after["attributions"])
        assert _count(store, s.stances) == sum(len(c["stances"]) for c in after["claims"])
        assert store.check() == []


def test_new_analysis_version_replaces(store_url: str, make_record: Any) -> None:
    rec = make_record("v", "Some text.", entities=[("e1", "Ana Lima", "person", [], [])])
    with Store(store_url) as store:
        assert store.ingest(rec).status == "inserted"
        assert store.ingest(rec).status == "unchanged"
        assert store.ingest({**rec, "analysis_version": "9.9"}).status == "replaced"
        with store.engine.connect() as conn:
            versions = {r[0] for r in conn.execute(select(s.articles.c.analysis_version))}
        assert versions == {"9.9"}


def test_report_and_denial_in_two_languages_make_one_disputed_claim(
    store_url: str, texts: dict[str, str]
) -> None:
    with Store(store_url) as store:
        store.ingest(
            sumber.Article(text=texts["id_report"], id="id-report", published="2025-03-05")
        )
        store.ingest(
            sumber.Article(text=texts["en_denial"], id="en-denial", published="2025-03-06")
        )
        store.ingest(
            sumber.Article(text=texts["id_other_call"], id="id-other", published="2025-08-22")
        )
        disputes = store.disputes()
        assert len(disputes) == 1
        d = disputes[0]
        assert d["status"] == "disputed"
        assert d["claim"]["event"] == "phone_call"
        assert sorted(d["claim"]["participants"]) == ["Bima Santoso", "Rudi Hartawan"]
        assert d["claim"]["date"] == "2025-03-03"
        sides = {(st["holder"]["name"], st["stance"], st["article"]["id"]) for st in d["stances"]}
        assert ("Harian Suara Timur", "reports", "id-report") in sides
        assert ("Nina Wulan", "denies", "en-denial") in sides
        assert d["independent_confirmations"] == 1
        for st in d["stances"]:
            assert st["article"]["language"] in ("id", "en")
            assert st["quote"] and st["span"]
        # the August call is another claim, not disputed
        calls = store.claims(event="phone_call")
        assert len(calls) == 2
        assert {c["claim"]["date"] for c in calls} == {"2025-03-03", "2025-08-20"}
        # the same people across languages are one entity each
        with store.engine.connect() as conn:
            names = [r[0] for r in conn.execute(select(s.entities.c.name))]
        assert names.count("Bima Santoso") == 1 and names.count("Rudi Hartawan") == 1


def test_entity_view(store_url: str, texts: dict[str, str]) -> None:
    with Store(store_url) as store:
        store.ingest(
            sumber.Article(text=texts["id_report"], id="id-report", published="2025-03-05")
        )
        store.ingest(
            sumber.Article(text=texts["en_denial"], id="en-denial", published="2025-03-06")
        )
        wulan = store.entity("Nina Wulan")
        assert wulan is not None and wulan["type"] == "person"
        assert any(a["stance"] == "denies" for a in wulan["said"])
        assert {a["article"]["id"] for a in wulan["said"]} == {"en-denial"}
        assert store.entity("Wulan") == wulan  # a surname finds the person
        bima = store.entity("bima santoso")
        assert bima is not None
        assert {a["language"] for a in bima["aliases"]} == {"id", "en"}
        about = bima["about"]
        assert len(about) == 1 and about[0]["status"] == "disputed"
        holders = {st["holder"]["name"] for st in about[0]["stances"]}
        assert {"Harian Suara Timur", "Nina Wulan"} <= holders
        assert store.entity("Nobody Known") is None


def test_linking_rules_with_records(store_url: str, make_record: Any) -> None:
    one = make_record(
        "one",
        "t1",
        entities=[
            ("e1", "Peskov", "person", ["spokesman"], ["Peskov"]),
            ("e2", "Donald Trump", "person", [], ["Donald Trump"]),
            ("e3", "Vladimir Putin", "person", [], ["Vladimir Putin"]),
        ],
        attributions=[("a1", "e1", "denies", "Putin and Trump spoke")],
        claims=[
            {
                "id": "c1",
                "event": "phone_call",
                "participants": ["e2", "e3"],
                "date": "2024-11",
                "stances": [("e1", "denies", "a1")],
            }
        ],
    )
    two = make_record(
        "two",
        "t2",
        language="ru",
        entities=[
            ("e1", "Dmitry Peskov", "person", [], ["Dmitry Peskov"]),
            ("e2", "Melania Trump", "person", [], ["Melania Trump"]),
            ("e3", "Donald Trump", "person", [], []),
            ("e4", "Vladimir Vladimirovich Putin", "person", [], []),
            ("e5", "Washington Post", "media", [], []),
        ],
        attributions=[("a1", None, "asserts", "they spoke on 7 November")],
        claims=[
            {
                "id": "c1",
                "event": "phone_call",
                "participants": ["e3", "e4"],
                "date": "2024-11-07",
                "stances": [("anonymous", "asserts", "a1")],
                "via": ["e5"],
            },
            {
                "id": "c2",
                "event": "phone_call",
                "participants": ["e3", "e4"],
                "date": "2021-01-05",
                "stances": [("anonymous", "asserts", "a1")],
            },
        ],
    )
    with Store(store_url) as store:
        store.ingest(one)
        store.ingest(two)
        with store.engine.connect() as conn:
            names = sorted(r[0] for r in conn.execute(select(s.entities.c.name)))
        # the surname-only Peskov took the full name; Melania is not Donald; Putin is one
        assert names == [
            "Dmitry Peskov",
            "Donald Trump",
            "Melania Trump",
            "Vladimir Putin",
            "Washington Post",
        ]
        calls = store.claims(event="phone_call")
        assert [c["claim"]["date"] for c in calls] == ["2021-01-05", "2024-11-07"]
        nov = calls[1]
        assert nov["status"] == "disputed"
        anonymous = [st for st in nov["stances"] if st["holder"]["name"] == "anonymous"]
        assert anonymous and anonymous[0]["holder"]["type"] is None
        assert nov["independent_confirmations"] == 1
        assert nov["stances"][0]["via"] == ["Washington Post"] or nov["stances"][1]["via"] == [
            "Washington Post"
        ]
        assert store.claims(about="Putin") == calls
        assert store.claims(about="Melania Trump") == []
        peskov = store.entity("Peskov")
        assert peskov is not None and peskov["name"] == "Dmitry Peskov"
        assert {"Peskov", "Dmitry Peskov"} <= {a["alias"] for a in peskov["aliases"]}
        stored = store.article("two")
        assert stored is not None
        assert all(e["global_id"] for e in stored["entities"])
        assert stored["claims"][0]["global_id"] == nov["claim"]["id"]
        assert store.check() == []
        # deleting the first article keeps what the second refers to, prunes the rest
        assert store.delete("one")
        assert store.check() == []
        peskov = store.entity("Peskov")
        assert peskov is not None and "Peskov" not in {a["alias"] for a in peskov["aliases"]}
        assert [c["claim"]["date"] for c in store.claims()] == ["2021-01-05", "2024-11-07"]


def _people(make_record: Any, rid: str, names: list[str]) -> Any:
    return make_record(
        rid,
        f"text of {rid}",
        entities=[(f"e{i}", n, "person", [], [n]) for i, n in enumerate(names, 1)],
    )


def test_namesakes_link_by_given_name_not_by_initial(store_url: str, make_record: Any) -> None:
    with Store(store_url) as store:
        store.ingest(_people(make_record, "one", ["Joe Harlan", "Mikhail Orlov", "Ivo Brandt"]))
        store.ingest(
            _people(make_record, "two", ["Jill Harlan", "Michael Orlov", "Ivo Marek Brandt"])
        )
        store.ingest(_people(make_record, "three", ["I. Brandt", "Harlan"]))
        with store.engine.connect() as conn:
            names = sorted(r[0] for r in conn.execute(select(s.entities.c.name)))
        # Jill is not Joe though both begin with J; Michael is Mikhail spelled in English;
        # a middle name and an initial are no new people; a surname alone joins a namesake
        assert names == ["Ivo Brandt", "Jill Harlan", "Joe Harlan", "Mikhail Orlov"]


def test_person_blocks_stop_growing_at_their_cap(
    store_url: str, make_record: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BLOCK_CAP", 3)
    with Store(store_url) as store:
        for i, given in enumerate(["Ada", "Bram", "Cleo", "Dirk", "Ema"]):
            store.ingest(_people(make_record, f"r{i}", [f"{given} Varga"]))
        # the full name still finds its entity; the block of the surname stays at 3
        store.ingest(_people(make_record, "again", ["Ema Varga"]))
        with store.engine.connect() as conn:
            k = s.entity_keys
            sizes = dict(
                (r[0], r[1]) for r in conn.execute(select(k.c.key, func.count()).group_by(k.c.key))
            )
            people = conn.execute(select(func.count()).select_from(s.entities)).scalar()
        assert sizes["surname:vrg"] == 3
        assert people == 5
        assert store.check() == []


def test_a_block_the_batch_read_keeps_its_cap(
    store_url: str, make_record: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key rows of a block linking has read go in without counting it only while they keep
    it within its cap, in a group or one article at a time."""
    monkeypatch.setattr(ingest, "BLOCK_CAP", 3)
    givens = ["Ada", "Alma", "Anke", "Abel", "Arjo"]  # one initial, five people
    with Store(store_url) as store:
        store.ingest(_people(make_record, "r0", ["Ada Varga"]))
        store.ingest(_people(make_record, "r1", ["Alma Varga"]))
        store.ingest_many(
            _people(make_record, f"r{i}", [f"{g} Varga"]) for i, g in enumerate(givens)
        )
        with store.engine.connect() as conn:
            k = s.entity_keys
            rows = conn.execute(
                select(func.count()).select_from(k).where(k.c.key == "given:a vrg")
            ).scalar()
            people = conn.execute(select(func.count()).select_from(s.entities)).scalar()
        assert (rows, people) == (3, 5)
        assert store.check() == []


def test_a_full_block_is_read_most_mentioned_first(
    store_url: str, make_record: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "MAX_BLOCK", 2)
    ingest._blocks_query.cache_clear()
    givens = ["Ada", "Bram", "Cleo", "Dirk", "Ema", "Fenna", "Gus"]
    try:
        with Store(store_url) as store:
            for given in givens:
                store.ingest(_people(make_record, given, [f"{given} Varga"]))

            def lone(rid: str) -> str:
                store.ingest(_people(make_record, rid, ["Varga"]))
                with store.engine.connect() as conn:
                    ae = s.article_entities
                    eid = conn.execute(select(ae.c.entity_id).where(ae.c.article_id == rid))
                    return conn.execute(
                        select(s.entities.c.name).where(s.entities.c.id == eid.scalar())
                    ).scalar()

            # whichever namesake is the most mentioned is in the block of two a surname
            # alone reads, and is the one it links to; its rank follows its mentions
            for top, n in (("Fenna", 12), ("Cleo", 30)):
                name = f"{top} Varga"
                store.ingest(
                    make_record(
                        f"many-{top}",
                        f"{top} many times",
                        entities=[("e1", name, "person", [], [name] * n)],
                    )
                )
                assert lone(f"lone-{top}") == name
            assert store.check() == []
            store.delete("many-Cleo")
            assert lone("lone-after") == "Fenna Varga"
            assert store.check() == []
    finally:
        ingest._blocks_query.cache_clear()


def test_old_store_gets_ranked_keys(store_url: str, make_record: Any) -> None:
    with Store(store_url) as store:
        store.ingest(_people(make_record, "one", ["Ivo Brandt", "Tom Harlan", "Tom Harlan"]))
        with store.engine.begin() as conn:  # the store as the second schema left it
            conn.exec_driver_sql("DROP INDEX ix_entity_keys_rank")
            conn.exec_driver_sql("ALTER TABLE entity_keys DROP COLUMN mentions_log2")
            m = s.schema_migrations
            conn.execute(m.delete().where(m.c.version == 3))
    with Store(store_url) as store:
        assert 3 in store.applied
        assert store.check() == []
        store.ingest(_people(make_record, "two", ["Tom Harlan", "Ivo Brandt"]))
        assert store.check() == []


def test_old_store_gets_loose_names(store_url: str, make_record: Any) -> None:
    people = ["Марта Ковальська", "Tom Harlan", "Harlan"]
    with Store(store_url) as store:
        store.ingest(_people(make_record, "one", people))
        with store.engine.begin() as conn:  # the store as the third schema left it
            conn.exec_driver_sql("ALTER TABLE entities DROP COLUMN loose")
            m = s.schema_migrations
            conn.execute(m.delete().where(m.c.version == 4))
    with Store(store_url) as store:
        assert 4 in store.applied
        assert store.check() == []
        with store.engine.connect() as conn:
            rows = conn.execute(select(s.entities.c.name, s.entities.c.loose)).all()
        assert sorted(rows) == sorted(
            (n, link.loose(n)) for n in ("Марта Ковальська", "Tom Harlan")
        )
        # what linking reads from the column finds the same people as before
        store.ingest(_people(make_record, "two", ["Marta Kovalska", "Tom Harlan"]))
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(s.entities)).scalar_one() == 2
        assert store.check() == []


def test_old_store_gets_blocking_tables_in_key_order(
    store_url: str, make_record: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
    with Store(store_url) as store:  # the store as the fourth schema left it
        store.ingest(_people(make_record, "one", ["Ivo Brandt", "Tom Harlan", "Harlan"]))
        assert _blocking_shape(store) != CLUSTERED
        with store.engine.connect() as conn:
            keys = sorted(conn.execute(select(s.entity_keys)).all())
            entities = sorted(conn.execute(select(s.entities)).all())
    monkeypatch.undo()
    with Store(store_url) as store:
        assert store.applied == [5]
        assert _blocking_shape(store) == CLUSTERED
        with store.engine.connect() as conn:
            assert sorted(conn.execute(select(s.entity_keys)).all()) == keys
            assert sorted(conn.execute(select(s.entities)).all()) == entities
        assert store.check() == []
        store.ingest(_people(make_record, "two", ["Tom Harlan", "Ivo Brandt"]))
        assert _count(store, s.entities) == len(entities)
        assert store.check() == []
        store.delete("one")
        store.delete("two")
        assert _count(store, s.entity_keys) == _count(store, s.entities) == 0


def test_old_store_gets_the_new_keys_and_links(store_url: str, make_record: Any) -> None:
    with Store(store_url) as store:
        store.ingest(_people(make_record, "one", ["Ivo Brandt", "Harlan"]))
        with store.engine.begin() as conn:  # the store as the first schema left it
            k = s.entity_keys
            conn.execute(k.delete().where(k.c.key.like("given:%") | k.c.key.like("lone:%")))
            m = s.schema_migrations
            conn.execute(m.delete().where(m.c.version == 2))
    with Store(store_url) as store:
        assert 2 in store.applied
        store.ingest(_people(make_record, "two", ["Ivo Marek Brandt", "Tom Harlan"]))
        with store.engine.connect() as conn:
            names = sorted(r[0] for r in conn.execute(select(s.entities.c.name)))
        assert names == ["Ivo Brandt", "Tom Harlan"]
        assert store.check() == []


def test_stances_keep_article_spans_and_version(store_url: str, make_record: Any) -> None:
    rec = make_record(
        "r",
        "text",
        entities=[("e1", "Ana Lima", "person", [], []), ("e2", "Tom Reed", "person", [], [])],
        attributions=[("a1", "e1", "denies", "no call")],
        claims=[
            {
                "id": "c1",
                "event": "phone_call",
                "participants": ["e2"],
                "stances": [("e1", "denies", "a1")],
            }
        ],
    )
    with Store(store_url) as store:
        store.ingest(rec)
        with store.engine.connect() as conn:
            st = conn.execute(select(s.stances)).one()
            at = conn.execute(select(s.attributions)).one()
        assert st.article_id == "r" and st.analysis_version == sumber.__version__
        assert json.loads(st.span) == [[7, 14]] and st.quote == "no call"
        assert at.analysis_version == sumber.__version__
        assert json.loads(at.spans)["content"] == [[7, 14]]


@pytest.mark.parametrize("url", ["foo://nowhere", "sqlite:////nonexistent/dir/x.db", "  "])
def test_bad_url_is_one_clear_error(url: str) -> None:
    with pytest.raises(StoreError) as info:
        Store(url)
    assert "\n" not in str(info.value)


def test_a_path_is_an_sqlite_file(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SUMBER_DB", raising=False)
    Store().close()
    assert (tmp_path / "sumber.db").exists()
    Store(str(tmp_path / "other.db")).close()
    engine = create_engine(f"sqlite:///{tmp_path / 'other.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_plain_input_objects_are_analysed(store_url: str) -> None:
    with Store(store_url) as store:
        result = store.ingest({"text": "The minister said the talks had failed.", "id": "m1"})
        assert result.status == "inserted"
        stored = store.article("m1")
        assert stored is not None and stored["attributions"]
        assert stored["analysis_version"] == sumber.__version__


def test_names_in_another_script_and_case_link_to_one_claim(store_url: str) -> None:
    # written for this test: a Russian denial naming the people in Cyrillic, in oblique cases
    ru_denial = (
        "Пресс-секретарь губернатора Нина Вулан опровергла сообщения о том, что "
        "губернатор Бима Сантосо провел телефонный разговор с Руди Хартаваном 3 марта.\n"
    )
    id_report = (
        "Harian Suara Timur melaporkan bahwa Gubernur Bima Santoso melakukan panggilan "
        "telepon dengan pengusaha Rudi Hartawan pada 3 Maret.\n"
    )
    with Store(store_url) as store:
        store.ingest(sumber.Article(text=id_report, id="id-report", published="2025-03-05"))
        store.ingest(sumber.Article(text=ru_denial, id="ru-denial", published="2025-03-06"))
        calls = store.claims(event="phone_call")
        assert len(calls) == 1, [c["claim"] for c in calls]
        call = calls[0]
        languages = {st["article"]["language"] for st in call["stances"]}
        assert languages == {"id", "ru"}
        assert {st["stance"] for st in call["stances"]} >= {"reports", "denies"}


def _rows(store: Store) -> dict[str, list[str]]:
    """Every stored row but the ingest times, table by table, in a stable order."""
    out = {}
    with store.engine.connect() as conn:
        for table in s.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in ("ingested_at", "applied_at")]
            out[table.name] = sorted(repr(tuple(r)) for r in conn.execute(select(*cols)))
    return out


def _one_by_one(tmp_path: Any, records: list[Any]) -> dict[str, list[str]]:
    """The rows a fresh SQLite store holds after ingesting ``records`` one at a time."""
    with Store(f"sqlite:///{tmp_path / 'one-by-one.db'}") as one_by_one:
        for r in records:
            one_by_one.ingest(r)
        return _rows(one_by_one)


def test_a_group_is_stored_as_its_articles_one_at_a_time(
    store_url: str, tmp_path: Any, make_record: Any
) -> None:
    """``ingest_many`` links a group of articles in memory and writes it table by table;
    what it stores is what ingesting them one by one stores, a replacement inside the group
    included."""

    def people(rid: str, text: str, *names: tuple[str, list[str]], date: str) -> Any:
        ents = [(f"e{i}", n, "person", roles, [n]) for i, (n, roles) in enumerate(names)]
        return make_record(
            rid,
            text,
            entities=ents,
            attributions=[("a1", "e0", "asserts", "they met")],
            claims=[
                {
                    "id": "c1",
                    "event": "meeting",
                    "participants": ["e1", "e2"],
                    "date": date,
                    "stances": [("e0", "asserts", "a1")],
                }
            ],
        )

    records = [
        people(
            "p1",
            "one",
            ("Wirawan", ["spokesman"]),
            ("Ana Lima", []),
            ("Budi Karsa", []),
            date="2024-11",
        ),
        people(
            "p2",
            "two",
            ("Joko Wirawan", []),
            ("Lima", ["minister"]),
            ("Budi Karsa", []),
            date="2024-11-07",
        ),
        people(
            "p1",
            "one, again",
            ("Wirawan", []),
            ("Ana Lima", []),
            ("Citra Dewi", []),
            date="2024-11",
        ),
        people(
            "p3",
            "three",
            ("Joko Wirawan", []),
            ("Ana Lima", ["minister"]),
            ("Budi Karsa", []),
            date="2024",
        ),
    ]
    expected = _one_by_one(tmp_path, records)
    with Store(store_url) as store:
        results = store.ingest_many(records)
        assert [r.status for r in results] == ["inserted", "inserted", "replaced", "inserted"]
        assert _rows(store) == expected
        assert store.check() == []
    names = sorted(r.split("'")[3] for r in expected["entities"])
    assert names == ["Ana Lima", "Budi Karsa", "Citra Dewi", "Joko Wirawan"]


def test_a_group_sees_a_full_block_as_one_article_would(
    store_url: str, tmp_path: Any, make_record: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block the group's articles fill beyond MAX_BLOCK shows later articles of the group
    its MAX_BLOCK highest ranked, as reading it would: how articles are grouped never
    changes what they link to."""
    monkeypatch.setattr(ingest, "MAX_BLOCK", 2)
    ingest._blocks_query.cache_clear()

    def person(rid: str, name: str, roles: list[str], mentions: int) -> Any:
        ents = [("e1", name, "person", roles, [name] * mentions)]
        return make_record(rid, f"text of {rid}", entities=ents)

    # the minister is the least mentioned of three namesakes: out of a block of two
    records = [
        person("v1", "Ada Varga", ["minister"], 1),
        person("v2", "Bram Varga", [], 3),
        person("v3", "Cleo Varga", [], 5),
        person("v4", "Varga", ["minister"], 1),
    ]
    try:
        expected = _one_by_one(tmp_path, records)
        with Store(store_url) as store:
            store.ingest_many(records)
            assert _rows(store) == expected
            with store.engine.connect() as conn:
                ae, en = s.article_entities, s.entities
                name = conn.execute(
                    select(en.c.name)
                    .join(ae, ae.c.entity_id == en.c.id)
                    .where(ae.c.article_id == "v4")
                ).scalar()
            assert name == "Cleo Varga"  # the most mentioned of the two the block shows
    finally:
        ingest._blocks_query.cache_clear()


@pytest.mark.parametrize(("limit", "groups"), [("GROUP", 2), ("GROUP_CHARS", 3)])
def test_groups_are_cut_by_count_and_by_text(
    store_url: str, make_record: Any, monkeypatch: pytest.MonkeyPatch, limit: str, groups: int
) -> None:
    """A group ends at GROUP articles, or sooner once its texts reach GROUP_CHARS."""
    import sumber.store as store_module

    monkeypatch.setattr(store_module, limit, 3 if limit == "GROUP" else 30)
    made: list[Any] = []

    class Counted(ingest.Batch):
        def __init__(self, conn: Any) -> None:
            made.append(self)
            super().__init__(conn)

    monkeypatch.setattr(store_module, "Batch", Counted)
    records = [_people(make_record, f"g{i}", [f"Tomas Reyes {i}"]) for i in range(5)]
    for i, r in enumerate(records[:4]):
        r["text"] = f"{'x' * 16} {i}"  # two of these reach the 30 characters of the limit
    with Store(store_url) as store:
        assert [r.status for r in store.ingest_many(records)] == ["inserted"] * 5
        assert store.check() == []
    assert len(made) == groups


def test_ingest_many_collects_garbage_rarely_and_puts_the_thresholds_back(
    make_record: Any, tmp_path: Any
) -> None:
    import gc

    from sumber import store as store_module

    records = [_people(make_record, f"gc{i}", [f"Tomas Reyes {i}"]) for i in range(3)]
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    try:
        with Store(f"sqlite:///{tmp_path / 'gc.db'}") as store:
            store.ingest_many(records, progress=lambda _: seen.append(gc.get_threshold()))
            assert seen == [store_module.GC_THRESHOLDS] * 3
            assert gc.get_threshold() == before
            # a process that already collects more rarely keeps its own thresholds
            gc.set_threshold(500_000, 50, 100)
            seen.clear()
            store.ingest_many(records, progress=lambda _: seen.append(gc.get_threshold()))
            assert seen == [(500_000, 50, 100)] * 3
            assert gc.get_threshold() == (500_000, 50, 100)
    finally:
        gc.set_threshold(*before)


def test_to_json_is_compact_json_with_characters_as_they_are() -> None:
    value = {"name": "Джо Сміт", "spans": [[0, 3], [5, 9]], "quote": 'a "b"\n', "n": 1.5}
    assert ingest.to_json(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # what orjson refuses, json still writes
    assert ingest.to_json({1: "x"}) == '{"1":"x"}'
    assert ingest.to_json(["\ud800"]) == json.dumps(["\ud800"], ensure_ascii=False)
    assert ingest.from_json(ingest.to_json(value)) == value
    assert ingest.from_json('["\\ud800"]') == ["\ud800"]  # read by json, as orjson refuses it
    with pytest.raises(ValueError, match="line 1 column 2"):
        ingest.from_json("{bad")


def test_a_driver_error_in_fetch_is_sqlalchemys_so_the_store_reports_it(store_url: str) -> None:
    from sqlalchemy import exc, text

    with Store(store_url) as store, store.engine.connect() as conn:
        with pytest.raises(exc.DBAPIError):
            ingest.fetch(conn, text("SELECT id FROM no_such_table WHERE id = :a"), {"a": "x"})
