"""Trainees' names a trainer can tell apart: invisible characters, letters of two alphabets and stacked
accents refused, full-width letters read as plain ones, names compared as they look; and names fitted
into a terminal's column by the columns they take."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aimm_lab import names as N
from aimm_lab.exam.attempt import AttemptError
from aimm_lab.exam.engine import Engine
from aimm_lab.store.db import Store

GOOD = ["Marie Dupont", "Hélène Lefèvre-Ødegård", "Raïssa N'Diaye", "Ελένη Παπαδοπούλου", "Анна Иванова",
        "山田 花子", "やまだ はなこ", "김민준", "محمد علي", "कृष्ण", "ประยุทธ์", "Stagiaire 3", "Jean-Luc O’Brien"]
BAD = {
    "soft hyphen": "Ma\u00adrie", "word joiner": "Ma\u2060rie", "Mongolian vowel separator": "Ma\u180erie",
    "zero width space": "Ma\u200brie", "right-to-left override": "\u202eeiraM", "private use": "Marie\ue000",
    "unassigned": "Marie\U000e0080", "line separator": "Marie\u2028Dupont", "paragraph separator": "Marie\u2029",
    "Hangul filler": "Marie\u3164", "variation selector": "Marie\ufe0f", "grapheme joiner": "Ma\u034frie",
    "Cyrillic a in a Latin name": "M\u0430rie", "Greek omicron in a Latin name": "Dup\u03bfnt",
    "micro sign (Greek mu)": "\u00b5arie", "stacked accents": "Ma" + "\u0301" * 5 + "rie",
}


@pytest.mark.parametrize("name", GOOD)
def test_real_names_of_one_script_are_accepted(name):
    assert N.problem(N.clean(name)) is None


@pytest.mark.parametrize("why", list(BAD))
def test_names_that_could_pass_for_another_are_refused_in_plain_words(why):
    text = N.problem(N.clean(BAD[why]))
    assert text is not None, why
    assert "U+" not in text.fr and "au clavier" in text.fr and "keyboard" in text.get("en")
    assert ("accents" if why == "stacked accents" else "invisible") in text.fr


def test_full_width_letters_and_spacing_are_read_as_plain_ones():
    assert N.clean("  Ｍａｒｉｅ\u3000Ｄｕｐｏｎｔ ") == "Marie Dupont"
    assert N.clean("Marie\u00a0\u2003Dupont") == "Marie Dupont"
    assert N.key("MARIE dupont") == N.key("Ｍａｒｉｅ Ｄｕｐｏｎｔ") == N.key("Marie Dupont")
    assert N.key("Hélène") == N.key("He\u0301le\u0300ne")  # composed or not, one name
    assert N.key("Рара") == N.key("Papa")  # wholly Cyrillic, drawn as the Latin name
    assert N.key("Hélène") != N.key("Helene")  # accents are not dropped: those two names look different


_names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_names)
def test_an_accepted_name_is_stable_and_holds_nothing_hidden(raw):
    name = N.clean(raw)
    if N.problem(name) is not None:
        return
    assert not any(unicodedata.category(c) in ("Cf", "Cc", "Co", "Cn", "Zl", "Zp") for c in name)
    assert N.clean(name) == name and unicodedata.normalize("NFKC", name) == name
    assert N.key(name) == N.key(raw) == N.key(N.key(name))
    assert len(N.scripts(name)) <= 1


@settings(max_examples=300, deadline=None)
@given(_names, st.integers(1, 30))
def test_elided_text_fits_its_column_exactly(raw, cols):
    out = N.elide(raw, cols)
    assert N.width(out) == cols
    if N.width(raw) <= cols:
        assert out.rstrip(" ") == raw.rstrip(" ")
    else:
        assert out.rstrip(" ").endswith(N.ELLIPSIS)


def test_wide_characters_take_two_columns_and_marks_none():
    assert N.width("山田花子") == 8 and N.width("Ｍａ") == 4 and N.width("He\u0301le\u0300ne") == 6
    assert N.elide("山田花子太郎", 7) == "山田花…" and N.elide("山田花子太郎", 6) == "山田… "
    assert N.elide("pc-tres-long-nom", 8) == "pc-tres…"


def test_the_lone_pc_app_refuses_such_names_and_files_a_variant_under_the_known_trainee(tmp_path):
    store = Store(tmp_path / "t.db")
    eng = Engine(store, machine=None)
    marie = eng.add_trainee("Marie Dupont")
    assert eng.add_trainee("marie  DUPONT") == marie
    assert eng.add_trainee("Ｍａｒｉｅ Ｄｕｐｏｎｔ") == marie
    assert eng.trainee_name("MARIE DUPONT") == "Marie Dupont"
    for bad in ("M\u0430rie Dupont", "Marie\u2060Dupont"):
        with pytest.raises(AttemptError) as e:
            eng.add_trainee(bad)
        assert "autre alphabet" in e.value.message("fr") and "another alphabet" in e.value.message("en")
    assert [t["name"] for t in store.trainees()] == ["Marie Dupont"]
    store.close()


def test_session_enrolment_compares_names_as_they_look(tmp_path):
    from aimm_lab.trainer.sessions import SessionError, Sessions

    store = Store(tmp_path / "t.db")
    eng = Engine(store, machine=None)
    eng.add_trainee("Alice Martin")
    sessions = Sessions(eng)
    s = sessions.create("Examen blanc", "2026-12-07", platform="linux", seed=7)
    s = sessions.add_trainee(s.id, "alice MARTIN")  # the known trainee, as written the first time
    assert [t.name for t in s.trainees] == ["Alice Martin"]
    for again in ("Ａｌｉｃｅ Ｍａｒｔｉｎ", "АLICE MARTIN"):  # full-width; a Cyrillic А among Latin letters
        with pytest.raises(SessionError):
            sessions.add_trainee(s.id, again)
    with pytest.raises(SessionError) as e:
        sessions.add_trainee(s.id, "Br\u0443no Petit")  # a Cyrillic у among Latin letters
    assert "autre alphabet" in e.value.message("fr")
    assert s.trainee("ALICE  martin").name == "Alice Martin"
    assert s.trainee("Ａｌｉｃｅ Ｍａｒｔｉｎ").name == "Alice Martin"
    store.close()
