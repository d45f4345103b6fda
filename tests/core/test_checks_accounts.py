"""Account and session check types, with Windows SIDs and Linux uids."""

from states import account, accounts, linux_state, run, texts, windows_state

from aimm_lab.checks import Outcome

PASS, FAIL = Outcome.PASS, Outcome.FAIL

SID = "S-1-5-21-3623811015-3361044348-30300820"
WIN = windows_state(
    accounts=accounts(account("techadmin", f"{SID}-1001", admin=True, groups=["Administrateurs"]),
                      account("m.durand", f"{SID}-1002", groups=["Utilisateurs"]),
                      account("Invité", f"{SID}-501", disabled=True), admin_group="Administrateurs"),
    users={"sessions": [{"name": "M.Durand", "terminal": "console", "host": None, "started": 1_764_300_500.0}]},
)
LINUX = linux_state(
    accounts=accounts(account("root", "0", admin=True), account("stagiaire", "1001", admin=True, groups=["sudo"]),
                      account("m.durand", "1002", groups=["users"])),
    users={"sessions": []},
)


def test_user_exists():
    r = run("user_exists", WIN, name="M.DURAND")
    assert r.outcome is PASS and texts(r) == ("compte M.DURAND présent", f"présent (id {SID}-1002)")
    assert texts(run("user_exists", WIN, name="invité"), "en")[1] == f"present (id {SID}-501) (disabled)"
    r = run("user_exists", LINUX, name="techadmin")
    assert r.outcome is FAIL and texts(r) == ("compte techadmin présent", "compte absent")
    assert texts(r, "en")[1] == "no such account"
    assert run("user_exists", WIN, name=r"PC-ATL-07\m.durand").outcome is PASS


def test_user_not_admin():
    assert run("user_not_admin", WIN, name="m.durand").outcome is PASS
    r = run("user_not_admin", WIN, name="techadmin")
    assert r.outcome is FAIL
    assert texts(r) == ("techadmin utilisateur standard", "administrateur (membre de Administrateurs)")
    r = run("user_not_admin", LINUX, name="stagiaire")
    assert r.outcome is FAIL and texts(r, "en")[1] == "administrator (member of sudo)"
    r = run("user_not_admin", LINUX, name="root")  # uid 0, in no admin group
    assert r.outcome is FAIL and texts(r)[1] == "administrateur"
    r = run("user_not_admin", LINUX, name="nobody2")
    assert r.outcome is FAIL and texts(r)[1] == "compte absent"


def test_user_logged_in():
    r = run("user_logged_in", WIN, name="m.durand")
    assert r.outcome is PASS and texts(r) == ("session de m.durand ouverte", "session ouverte (console)")
    r = run("user_logged_in", WIN, name="techadmin")
    assert r.outcome is FAIL and texts(r)[1] == "aucune session de techadmin (sessions : M.Durand)"
    r = run("user_logged_in", LINUX, name="m.durand")
    assert r.outcome is FAIL and texts(r, "en") == ("m.durand logged in", "nobody logged in")
