"""The evidence HTML a trainee reads: plain sentences, only this PC's branch of an `any`, the technical
tree on demand; the trainer's review shows the sentence and the technical line."""

from __future__ import annotations

from aimm_lab.checks import Context, ResolvedCheck, evaluate
from aimm_lab.i18n import T
from aimm_lab.machine import RecordedMachine
from aimm_lab.machine.base import make_state
from ui.evidence import checks_html, shown_to_trainee
from ui.trainer.review_html import _cell

WIN = "C:\\Users\\m.durand\\NTUSER.DAT"
LIN = "/home/m.durand/.config/user-dirs.dirs"


def _absent(path):
    return {"path": path, "exists": False, "is_file": False, "size": None, "sha256": None, "mtime": None,
            "text": None, "error": None}


def _record():
    check = ResolvedCheck("any", {}, label=T("Profil créé à la première ouverture de session",
                                             "Profile created at the first sign-in"), children=[
        ResolvedCheck("file_exists", {"path": WIN}, label=T("Windows : NTUSER.DAT", "Windows: NTUSER.DAT")),
        ResolvedCheck("file_exists", {"path": LIN}, label=T("Linux : dossiers", "Linux: folders"))])
    st = make_state("linux", {}, {}, {"files": {WIN: _absent(WIN), LIN: _absent(LIN)}})
    return evaluate(check, RecordedMachine(st), Context()).as_record()


def test_a_trainee_sees_this_pcs_branch_in_plain_words(qapp):
    rec = _record()
    shown = shown_to_trainee([rec])
    assert len(shown) == 1 and shown[0]["type"] == "file_exists" and shown[0]["params"]["path"] == LIN
    assert shown[0]["label"]["fr"] == "Profil créé à la première ouverture de session"
    html = checks_html([rec], "fr")
    assert LIN in html and "existe pas" in html and "Il faut que le fichier" in html
    for word in ("NTUSER", "imbriquées", "attendu", "non pris en charge", "file_exists", "au moins une (2)"):
        assert word not in html, word
    en = checks_html([rec], "en")
    assert LIN in en and "must exist" in en and "NTUSER" not in en


def test_the_technical_tree_on_demand(qapp):
    html = checks_html([_record()], "fr", technical=True)
    assert "Détails techniques" in html and "NTUSER" in html and "attendu" in html


def test_the_trainer_reads_the_sentence_and_the_technical_line(qapp):
    rec = _record()["checks"][1]
    cell = _cell(rec, "fr", False)
    assert "Il faut que le fichier" in cell and "trouvé" in cell and "absent" in cell
