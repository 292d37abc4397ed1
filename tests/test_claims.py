"""Claims and stances inside one article (texts written for sumber)."""

import sumber


def _claims(text: str, language: str) -> tuple[sumber.Article, list[sumber.Claim]]:
    article = sumber.analyze(text, language=language, published="2025-03-07")
    return article, article.claims


def _names(article: sumber.Article, claim: sumber.Claim) -> set[str]:
    return {article.entity(p).name for p in claim.participants}  # type: ignore[union-attr]


def test_report_and_denial_make_a_disputed_claim_id() -> None:
    text = (
        "Harian Warta Kota melaporkan bahwa Menteri Pertanian Hadi Prasetyo melakukan panggilan "
        "telepon dengan pengusaha Rudi Halim pada 3 Maret.\n"
        "Juru bicara kementerian, Maya Lestari, membantah bahwa Menteri Hadi Prasetyo melakukan "
        "panggilan telepon dengan Rudi Halim.\n"
    )
    article, claims = _claims(text, "id")
    calls = [c for c in claims if c.event == "phone_call"]
    assert len(calls) == 1
    call = calls[0]
    assert _names(article, call) == {"Hadi Prasetyo", "Rudi Halim"}
    assert call.date == "2025-03-03"
    assert call.status == "disputed"
    stances = {s.stance for s in call.stances}
    assert {"reports", "denies"} <= stances


def test_negated_content_is_a_denial_en() -> None:
    text = (
        "Mayor Helen Park did not speak by phone with developer Marcus Reed, "
        "her spokesperson Ana Lima said on Friday."
    )
    article, claims = _claims(text, "en")
    calls = [c for c in claims if c.event == "phone_call"]
    assert calls, claims
    assert calls[0].stances[0].stance == "denies"
    assert _names(article, calls[0]) == {"Helen Park", "Marcus Reed"}


def test_anaphoric_denial_points_back_at_the_last_claim() -> None:
    text = (
        "Sebuah sumber anonim mengatakan bahwa Gubernur Lampung Andi Saputra bertemu dengan "
        "pengusaha Budi Wijaya pada 2 Maret.\n"
        "Juru bicara gubernur, Tika Amalia, menegaskan bahwa informasi tersebut tidak benar.\n"
    )
    article, claims = _claims(text, "id")
    meeting = next(c for c in claims if c.event == "meeting")
    holders = {s.stance for s in meeting.stances}
    assert holders == {"asserts", "denies"}
    assert meeting.status == "disputed"


def test_different_participants_stay_apart() -> None:
    text = (
        "Presiden Arman Setiadi melakukan panggilan telepon dengan Perdana Menteri Lina Hoang "
        "pada 1 Maret. Pada hari yang sama, Presiden Arman Setiadi juga melakukan panggilan "
        "telepon dengan Kanselir Otto Brandt."
    )
    article, claims = _claims(text, "id")
    calls = [c for c in claims if c.event == "phone_call"]
    assert len(calls) == 2
    assert {frozenset(_names(article, c)) for c in calls} == {
        frozenset({"Arman Setiadi", "Lina Hoang"}),
        frozenset({"Arman Setiadi", "Otto Brandt"}),
    }


def test_planned_event_is_its_own_claim() -> None:
    text = (
        "Menurut Menteri Luar Negeri Sinta Rahayu, pemerintah tidak memiliki rencana pertemuan "
        "antara Presiden Arman Setiadi dan Presiden Karl Weber."
    )
    _, claims = _claims(text, "id")
    events = {c.event for c in claims}
    assert "meeting_planned" in events
    planned = next(c for c in claims if c.event == "meeting_planned")
    assert planned.stances[0].stance == "denies"


def test_no_comment_is_its_own_stance() -> None:
    text = (
        "The Harbor Gazette reported that Mayor Helen Park held a phone call with developer "
        "Marcus Reed on March 3.\n"
        '"We do not comment on private calls of the mayor," spokesperson Ana Lima said.\n'
    )
    _, claims = _claims(text, "en")
    call = next(c for c in claims if c.event == "phone_call")
    assert {s.stance for s in call.stances} == {"reports", "no_comment"}
    assert call.status == "asserted"


def test_informed_without_a_named_subject_is_the_holder() -> None:
    text = (
        "The Pacifica foreign office insisted it had never been informed ahead of time about "
        "the call of President Arman Setiadi to President Karl Weber."
    )
    article, claims = _claims(text, "en")
    events = {c.event for c in claims}
    assert "phone_call" not in events  # the call is what it was informed of, not a stance


def test_no_comment_on_the_report_id() -> None:
    text = (
        "Harian Warta Kota melaporkan bahwa Menteri Hadi Prasetyo melakukan panggilan telepon "
        "dengan pengusaha Rudi Halim pada 3 Maret.\n"
        "Juru bicara kementerian, Maya Lestari, mengatakan pihaknya enggan mengomentari "
        "laporan tersebut.\n"
    )
    _, claims = _claims(text, "id")
    call = next(c for c in claims if c.event == "phone_call")
    assert "no_comment" in {s.stance for s in call.stances}
