"""File check types: a missing file is machine state; an unreadable one is a probe error."""

import hashlib

import pytest
from states import file_answer, linux_state, run, texts, windows_state

from aimm_lab.checks import Outcome

PASS, FAIL, ERROR = Outcome.PASS, Outcome.FAIL, Outcome.ERROR

FSTAB = "# /etc/fstab\nUUID=1b2c-33 /     ext4 defaults 0 1\nUUID=9f8e-77 /data ext4 defaults,nofail 0 2\n"
FSTAB_SHA = hashlib.sha256(FSTAB.encode()).hexdigest()
SCAN = r"C:\Users\Public\Scans\test.pdf"
FILL = r"C:\ProgramData\Cache\fill1.bin"

LINUX = linux_state(lookups={"files": {
    "/etc/fstab": file_answer("/etc/fstab", size=len(FSTAB), sha256=FSTAB_SHA, text=FSTAB),
    "/etc/shadow": file_answer("/etc/shadow", exists=True, size=None,
                               error={"kind": "denied", "message": "Permission denied"}),
    "/root/secret": file_answer("/root/secret", exists=None, error="[Errno 13] Permission denied: '/root/secret'"),
    "/data": file_answer("/data", is_file=False, size=4096),
    "/tmp/gone": file_answer("/tmp/gone", exists=False),
    "/tmp/gone2": file_answer("/tmp/gone2", exists=False, error="[Errno 2] No such file or directory"),
    "/proc/odd": file_answer("/proc/odd", exists=True, error={"kind": "failed", "message": "I/O error"}),
    # As the live probe writes them: a short text.
    "/home/m.durand/private": file_answer("/home/m.durand/private", exists=None, error="denied"),
    "/mnt/nas/slow": file_answer("/mnt/nas/slow", exists=None, error="timeout"),
}})
WINDOWS = windows_state(lookups={"files": {
    SCAN: file_answer(SCAN, size=48_213, sha256="ab" * 32),
    FILL: file_answer(FILL, exists=False, error="[WinError 2] The system cannot find the file specified"),
    r"C:\Windows\System32\config\SAM": file_answer(r"C:\Windows\System32\config\SAM", exists=None,
                                                   error="[WinError 5] Access is denied"),
}})


def test_file_exists():
    r = run("file_exists", WINDOWS, path=SCAN)
    assert r.outcome is PASS and texts(r) == ("présent", "présent (47,1\xa0Kio)")
    assert texts(r, "en") == ("present", "present (47.1\xa0KiB)")
    r = run("file_exists", LINUX, path="/tmp/gone")
    assert r.outcome is FAIL and texts(r) == ("présent", "absent")
    assert run("file_exists", WINDOWS, path=FILL).outcome is FAIL
    assert texts(run("file_exists", LINUX, path="/data"))[1] == "présent (dossier)"
    # Exists, content unreadable: existence is still known.
    assert run("file_exists", LINUX, path="/etc/shadow").outcome is PASS


def test_file_absent():
    assert run("file_absent", WINDOWS, path=FILL).outcome is PASS
    assert run("file_absent", LINUX, path="/tmp/gone2").outcome is PASS
    r = run("file_absent", WINDOWS, path=SCAN)
    assert r.outcome is FAIL and texts(r) == ("absent", "présent (47,1\xa0Kio)")


@pytest.mark.parametrize("type_, extra", [("file_exists", {}), ("file_absent", {}),
                                          ("file_contains", {"pattern": "x"}),
                                          ("file_sha256", {"sha256": "0" * 64})])
def test_access_denied_is_an_error_never_a_pass_or_fail(type_, extra):
    r = run(type_, LINUX, path="/root/secret", **extra)
    assert r.outcome is ERROR
    assert r.message.fr.startswith("accès refusé")
    r = run(type_, WINDOWS, path=r"C:\Windows\System32\config\SAM", **extra)
    assert r.outcome is ERROR
    # Negation does not turn an error into a pass.
    assert run(type_, LINUX, expect=False, path="/root/secret", **extra).outcome is ERROR
    # Not in the recorded state at all: an error too.
    assert run(type_, LINUX, path="/nowhere", **extra).outcome is ERROR


def test_content_read_errors_are_errors():
    assert run("file_contains", LINUX, path="/etc/shadow", pattern="root").outcome is ERROR
    r = run("file_sha256", LINUX, path="/proc/odd", sha256="0" * 64)
    assert r.outcome is ERROR and "I/O error" in r.message.fr


def test_file_contains_text_and_regex():
    r = run("file_contains", LINUX, path="/etc/fstab", pattern="/data ext4")
    assert r.outcome is PASS
    assert texts(r) == ("contient « /data ext4 »", "ligne 3 : UUID=9f8e-77 /data ext4 defaults,nofail 0 2")
    assert texts(r, "en")[0] == 'contains "/data ext4"'
    assert run("file_contains", LINUX, path="/etc/fstab", pattern="/DATA").outcome is FAIL  # case counts
    assert run("file_contains", LINUX, path="/etc/fstab", pattern=r"^UUID=\S+\s+/data\s", regex=True).outcome is PASS
    # Without regex the same text is looked for literally.
    assert run("file_contains", LINUX, path="/etc/fstab", pattern=r"^UUID=\S+\s+/data\s").outcome is FAIL
    r = run("file_contains", LINUX, path="/etc/fstab", pattern="credentials=")
    assert r.outcome is FAIL and texts(r)[1] == "motif absent du fichier"
    r = run("file_contains", LINUX, path="/tmp/gone", pattern="x")
    assert r.outcome is FAIL and texts(r)[1] == "fichier absent"
    r = run("file_contains", LINUX, path="/etc/fstab", pattern="([", regex=True)
    assert r.outcome is ERROR and r.message.fr.startswith("expression régulière invalide")


def test_file_contains_negated():
    assert run("file_contains", LINUX, expect=False, path="/etc/fstab", pattern="credentials=").outcome is PASS
    assert run("file_contains", LINUX, expect=False, path="/etc/fstab", pattern="nofail").outcome is FAIL


def test_file_sha256():
    assert run("file_sha256", LINUX, path="/etc/fstab", sha256=FSTAB_SHA.upper()).outcome is PASS
    r = run("file_sha256", WINDOWS, path=SCAN, sha256="cd" * 32)
    assert r.outcome is FAIL
    assert texts(r) == ("SHA-256 cdcdcdcdcdcdcdcd…", "SHA-256 abababababababab… (contenu modifié)")
    r = run("file_sha256", WINDOWS, path=FILL, sha256="cd" * 32)
    assert r.outcome is FAIL and texts(r)[1] == "fichier absent"
    assert run("file_sha256", LINUX, path="/data", sha256="cd" * 32).outcome is FAIL


def test_short_error_texts_of_the_live_probe():
    r = run("file_exists", LINUX, path="/home/m.durand/private")
    assert r.outcome is ERROR and r.message.fr.startswith("accès refusé")
    r = run("file_absent", LINUX, path="/mnt/nas/slow")
    assert r.outcome is ERROR and r.message.fr.startswith("délai dépassé")


def test_the_owner_of_a_real_file_and_folder_is_read_and_checked(tmp_path):
    import os
    import pwd
    import sys

    import pytest

    from aimm_lab.machine.real import RealMachine

    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("needs Linux and root to give a file away")
    data = tmp_path / "data"
    data.mkdir()
    mine = data / "controle.txt"
    mine.write_text("DONNEES\n", encoding="utf-8")
    nobody = pwd.getpwnam("nobody")
    os.chown(data, nobody.pw_uid, nobody.pw_gid)  # `chown nobody: /data`, as the trainee gives it to the user
    real = RealMachine()
    assert real.file(str(data))["owner"] == "nobody" and real.file(str(mine))["owner"] == "root"
    os.chown(mine, 4_000_123, 4_000_123)  # an id no account has: its number
    assert real.file(str(mine))["owner"] == "4000123"

    from states import linux_state, run

    from aimm_lab.checks import Outcome

    lookups = {"files": {str(data): real.file(str(data))}}
    assert run("file_owner", linux_state(lookups=lookups), path=str(data), owner="nobody").outcome is Outcome.PASS
    assert run("file_owner", linux_state(lookups=lookups), path=str(data), owner="root").outcome is Outcome.FAIL
    windows = {"files": {"D:\\": {"path": "D:\\", "exists": True, "is_file": False, "size": None, "sha256": None,
                                  "mtime": 1.0, "owner": None, "text": None, "error": None,
                                  "unknown": {"owner": {"kind": "unsupported", "message": "not read"}}}}}
    from states import windows_state

    r = run("file_owner", windows_state(lookups=windows), path="D:\\", owner="hlemaire")
    assert r.outcome in (Outcome.ERROR, Outcome.UNSUPPORTED)


BIG = 1_288_490_188_800  # 1.2 TB
BIG_FILES = linux_state(lookups={"files": {
    # As RealMachine writes them: the digest of a file over the limit is not computed, the text is its first MiB.
    "/home/partage/Archives_clients_2019.zip": {
        **file_answer("/home/partage/Archives_clients_2019.zip", size=BIG),
        "unknown": {"sha256": {"kind": "unsupported", "message": f"{BIG} bytes, over the 256 MiB read for a digest"}}},
    "/var/log/syslog.1": {**file_answer("/var/log/syslog.1", size=5 * 1024 * 1024,
                                        text="Nov 30 08:00:01 pc-atl-12 CRON[812]: début\n" * 10),
                          "text_truncated": True},
    # Recorded by a pass that only asked whether it exists.
    "/etc/fstab": file_answer("/etc/fstab", size=len(FSTAB)),
}})


def test_a_digest_over_the_limit_is_unsupported_with_the_size():
    from aimm_lab.checks import Outcome

    r = run("file_sha256", BIG_FILES, path="/home/partage/Archives_clients_2019.zip", sha256="0" * 64)
    assert r.outcome is Outcome.UNSUPPORTED
    assert "au-delà de 256,0\xa0Mio" in r.message.fr and "1,2\xa0Tio" in r.message.fr
    # Presence and absence do not need the content.
    assert run("file_exists", BIG_FILES, path="/home/partage/Archives_clients_2019.zip").outcome is PASS
    assert run("file_absent", BIG_FILES, path="/home/partage/Archives_clients_2019.zip").outcome is FAIL


def test_a_pattern_not_in_the_text_read_of_a_longer_file_is_unsupported():
    from aimm_lab.checks import Outcome

    assert run("file_contains", BIG_FILES, path="/var/log/syslog.1", pattern="CRON").outcome is PASS
    r = run("file_contains", BIG_FILES, path="/var/log/syslog.1", pattern="segfault")
    assert r.outcome is Outcome.UNSUPPORTED and "premier 1,0\xa0Mio" in r.message.fr
    r = run("file_contains", BIG_FILES, expect=False, path="/var/log/syslog.1", pattern="segfault")
    assert r.outcome is Outcome.UNSUPPORTED


def test_content_not_in_a_recorded_state_is_an_error():
    r = run("file_sha256", BIG_FILES, path="/etc/fstab", sha256=FSTAB_SHA)
    assert r.outcome is ERROR and "absent de l'état enregistré" in r.message.fr, r.message.fr
    r = run("file_contains", BIG_FILES, path="/etc/fstab", pattern="UUID")
    assert r.outcome is ERROR and "absent de l'état enregistré" in r.message.fr
    assert run("file_exists", BIG_FILES, path="/etc/fstab").outcome is PASS


def test_file_checks_on_a_real_huge_file_answer_at_once(tmp_path):
    """b3-disque-plein on a real filesystem: fill files of many gigabytes (sparse here, as fallocate
    makes them) are seen present, absent or unfingerprintable without being read."""
    import sys
    import time

    from states import resolved

    from aimm_lab.checks import Outcome, evaluate
    from aimm_lab.checks.base import Context
    from aimm_lab.machine.base import MachineView
    from aimm_lab.machine.real import RealMachine

    if sys.platform != "linux":
        pytest.skip("sparse files of many gigabytes")
    fill = tmp_path / "fill01.bin"
    with open(fill, "wb") as f:
        f.truncate(40 * 1024**3)
    view = MachineView(RealMachine())
    t0 = time.perf_counter()

    def out(type_, **p):
        return evaluate(resolved(type_, True, **p), view, Context()).outcome

    assert out("file_exists", path=str(fill)) is Outcome.PASS
    assert out("file_absent", path=str(fill)) is Outcome.FAIL
    assert out("file_sha256", path=str(fill), sha256="0" * 64) is Outcome.UNSUPPORTED
    assert out("file_contains", path=str(fill), pattern="x") is Outcome.UNSUPPORTED
    assert time.perf_counter() - t0 < 2.0
    recorded = view.to_state()["lookups"]["files"][str(fill)]
    assert recorded["sha256"] is None and recorded["unknown"]["sha256"]["kind"] == "unsupported"
