"""The "who are you" dialog of a lone PC: a name that could pass for another is refused in plain
words, full-width letters are read as plain ones, and a known name typed another way is chosen."""

from __future__ import annotations


def test_the_trainee_chooser_refuses_look_alike_names_and_finds_the_known_one(app, qtbot):
    from ui.trainees import TraineeDialog

    dlg = TraineeDialog([{"id": 1, "name": "Léa Morel"}], None)
    qtbot.addWidget(dlg)
    for bad in ("L\u0435a Martin", "Tom\u2060Roux", "Zo" + "\u0301" * 5 + "e"):  # Cyrillic е; word joiner; accents
        dlg.name.setText(bad)
        dlg.add.click()
        assert dlg.new_name is None and "nom du stagiaire refusé" in dlg.message.text(), bad
        assert "au clavier" in dlg.message.text()
    dlg.name.setText("ＬＥＡ Ｍｏｒｅｌ")  # full width, no accent: a name of its own
    dlg.add.click()
    assert dlg.new_name == "LEA Morel"
    dlg.new_name = None
    dlg.name.setText("ＬÉＡ　ＭＯＲＥＬ")  # full-width letters and space: Léa Morel, already in the list
    dlg.add.click()
    assert dlg.new_name is None and "déjà" in dlg.message.text() and dlg.list.currentRow() == 0
