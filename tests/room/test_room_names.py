"""Names on the trainer's console that could pass for others: a trainee's name or a PC's name with
invisible characters or letters of two alphabets is refused when the PC joins, in words a trainee
reads; full-width letters are kept as plain ones; the room compares names as they look (name_key)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from roomkit import identity

from aimm_lab.room import protocol as P
from aimm_lab.room.seat import RoomAnswer, SeatLink
from aimm_lab.store.db import Store


def _link(kit, n, **ident):
    return SeatLink(Store(kit.tmp / f"n{n}.db"), identity={**identity(n), **ident}, timeout=5)


@pytest.mark.parametrize("name", ["M\u0430rie Dupont", "Marie\u2060Dupont", "Ma\u00adrie", "Marie\u180e",
                                  "Marie\ue000", "Ma" + "\u0301" * 6 + "rie"])
def test_a_trainee_name_that_could_pass_for_another_is_refused_plainly(kit, name):
    link = _link(kit, 1)
    with pytest.raises(RoomAnswer) as e:
        link.join(kit.address, kit.room.pairing_code(), name)
    assert e.value.status == 400
    fr, en = e.value.message("fr"), e.value.message("en")
    assert fr.startswith("nom du stagiaire refusé : ") and "tapez-le à nouveau au clavier" in fr
    assert en.startswith("trainee's name refused: ") and "U+" not in fr + en
    assert link.link() is None and kit.room.seats() == []


def test_full_width_and_accented_names_join_as_they_read(kit):
    a = _link(kit, 1)
    a.join(kit.address, kit.room.pairing_code(), "  Ｍａｒｉｅ\u3000Ｄｕｐｏｎｔ ")
    b = _link(kit, 2, hostname="PC-Hélène")
    b.join(kit.address, kit.room.pairing_code(), "Hélène Lefèvre-Ødegård")
    c = _link(kit, 3)
    c.join(kit.address, kit.room.pairing_code(), "山田 花子")
    assert [(s["claimed_trainee"], s["label"]) for s in kit.room.seats()] == [
        ("Marie Dupont", "pc01"), ("Hélène Lefèvre-Ødegård", "PC-Hélène"), ("山田 花子", "pc03")]
    assert P.name_key("MARIE dupont") == P.name_key("Ｍａｒｉｅ Ｄｕｐｏｎｔ") == P.name_key(kit.room.seats()[0]["claimed_trainee"])
    assert P.name_key("Рара") == P.name_key("papa")


@pytest.mark.parametrize("host", ["pc\u200b01", "pc\u043e1", "ＰＣ０１", "pc\u2028", "pc01\u034f"])
def test_a_pc_name_that_could_pass_for_another_is_refused(kit, host):
    link = _link(kit, 1, hostname=host)
    with pytest.raises(RoomAnswer) as e:
        link.join(kit.address, kit.room.pairing_code(), "Alice")
    assert e.value.status == 400 and "le formateur doit renommer le PC" in e.value.message("fr")
    assert kit.room.seats() == []


def test_every_message_carries_a_checked_pc_name():
    msg = {"id": "a" * 32, "seq": 1, "kind": "hello", "clock": {"wall_ms": 1, "mono_ms": 1},
           "identity": {**identity(1), "hostname": "pc\u202e10"}}
    with pytest.raises(P.MessageError):
        P.check_message(msg)
    msg["identity"]["hostname"] = "pc01"
    assert P.check_message(msg)["identity"]["hostname"] == "pc01"


def test_the_console_keeps_its_columns_with_long_and_wide_names(kit):
    from aimm_lab import names as N
    from aimm_lab.cli.room import COLUMNS, console_lines
    from aimm_lab.i18n import set_lang

    _link(kit, 1, hostname="pc-" + "x" * 252).join(kit.address, kit.room.pairing_code(), "A" * 100)
    _link(kit, 2).join(kit.address, kit.room.pairing_code(), "山田 花子 太郎 次郎 三郎 四郎 五郎")
    _link(kit, 3, hostname="PC-Hélène").join(kit.address, kit.room.pairing_code(), "He\u0301le\u0300ne Roux")
    set_lang("fr")
    try:
        lines = console_lines(kit.room.console(), kit.room.alerts())
    finally:
        set_lang(None)
    assert len(lines) == 3
    # every line as wide as the others: the time left and the readings start in the same column
    assert all(N.width(line) == N.width(lines[0]) for line in lines)
    assert N.width(lines[0]) == sum(w for _, w in COLUMNS) + len(COLUMNS) - 1 + len("        -  relevés 0")
    assert "pc-xxxxxxxxxxxx… " in lines[0] and "A" * 19 + "… " in lines[0]
    assert "山田 花子 太郎 次郎… " in lines[1] and "PC-Hélène " in lines[2] and "Hélène Roux " in lines[2]
    assert "à admettre" in lines[0] and "n°1?" in lines[0] and "127.0.0.1" in lines[0]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120))
def test_a_name_the_room_accepts_hides_nothing_and_keeps_its_key(raw):
    import unicodedata

    try:
        name = P.trainee_name(raw)
    except P.MessageError as e:
        assert e.text.fr and e.text.get("en") and "U+" not in e.text.fr
        return
    assert len(name) <= P.NAME_MAX and P.trainee_name(name) == name
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp") for c in name)
    assert P.name_key(name) == P.name_key(raw)
