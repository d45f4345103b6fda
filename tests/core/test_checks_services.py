"""Process and service check types on recorded Linux and Windows states."""

from states import cpu_answer, linux_state, proc, processes, run, service, services, texts, windows_state

from aimm_lab.checks import Outcome

PASS, FAIL, ERROR = Outcome.PASS, Outcome.FAIL, Outcome.ERROR

WIN = windows_state(
    processes=processes(proc("System", 4), proc("svchelper.exe", 4242, 98.0, "m.durand"),
                        proc("svchelper.exe", 4243, 0.0, "m.durand"), proc("spoolsv.exe", 2100)),
    services=services(service("Spooler", "stopped", "disabled", "Spouleur d'impression"),
                      service("Dhcp", "running", "automatic", "Client DHCP", pid=1300),
                      service("W32Time", "stopped", "manual", "Temps Windows"), manager="windows"),
)
LINUX = linux_state(
    processes=processes(proc("sshd", 812), proc("cupsd", 900)),
    services=services(service("ssh", pid=812), service("cups", "failed", "automatic")),
)


def test_process_running_matches_without_exe_and_ignores_case():
    r = run("process_running", WIN, name="SVCHELPER")
    assert r.outcome is PASS
    assert texts(r) == ("SVCHELPER en cours d'exécution", "svchelper.exe en cours d'exécution (PID 4242, 4243)")
    assert run("process_running", WIN, name="spoolsv.exe").outcome is PASS
    assert run("process_running", LINUX, name="cupsd").outcome is PASS
    r = run("process_running", LINUX, name="smbd")
    assert r.outcome is FAIL and texts(r) == ("smbd en cours d'exécution", "aucun processus smbd")
    assert texts(r, "en") == ("smbd running", "no smbd process")
    # A longer name that merely starts the same is another process.
    assert run("process_running", LINUX, name="ssh").outcome is FAIL


def test_process_absent():
    r = run("process_absent", WIN, name="svchelper")
    assert r.outcome is FAIL
    assert texts(r) == ("aucun processus svchelper", "svchelper.exe en cours d'exécution (PID 4242, 4243)")
    assert run("process_absent", LINUX, name="svchelper").outcome is PASS


def test_cpu_load_below_total():
    busy = windows_state(lookups={"cpu_load": cpu_answer(62.5, [("svchelper.exe", 49.8), ("Idle", 1.0)])})
    calm = linux_state(lookups={"cpu_load": cpu_answer(3.0, [("Xorg", 1.2)])})
    assert run("cpu_load_below", calm, percent=30).outcome is PASS
    r = run("cpu_load_below", busy, percent=30)
    assert r.outcome is FAIL
    assert texts(r) == ("charge sous 30\xa0%", "charge à 62,5\xa0% (surtout svchelper.exe : 49,8\xa0%)")
    assert texts(r, "en") == ("load below 30\xa0%", "load at 62.5\xa0% (mostly svchelper.exe: 49.8\xa0%)")


def test_cpu_load_below_one_process():
    busy = windows_state(lookups={"cpu_load": cpu_answer(62.5, [("svchelper.exe", 49.8), ("Idle", 1.0)])})
    r = run("cpu_load_below", busy, percent=50, process="svchelper")
    assert r.outcome is PASS and texts(r)[1] == "svchelper à 49,8\xa0%"
    assert run("cpu_load_below", busy, percent=40, process="svchelper.exe").outcome is FAIL
    # A process that is not in the top list takes no CPU to speak of.
    r = run("cpu_load_below", busy, percent=5, process="notepad.exe")
    assert r.outcome is PASS and texts(r)[1] == "notepad.exe à 0\xa0%"


def test_cpu_load_window_picks_the_recorded_measure():
    st = linux_state(lookups={"cpu_load": {**cpu_answer(90.0, window=5.0), **cpu_answer(10.0, window=2.0)}})
    assert run("cpu_load_below", st, percent=50).outcome is PASS
    assert run("cpu_load_below", st, percent=50, window=5).outcome is FAIL
    assert run("cpu_load_below", st, percent=50, window=10).outcome is ERROR  # not recorded


def test_service_state_windows():
    r = run("service_state", WIN, name="spooler", status="running", start_type="automatic")
    assert r.outcome is FAIL
    assert texts(r) == ("spooler : en cours d'exécution, démarrage automatique", "Spooler : arrêté, désactivé")
    assert texts(r, "en") == ("spooler: running, automatic start", "Spooler: stopped, disabled")
    assert run("service_state", WIN, name="Spooler", status="stopped", start_type="disabled").outcome is PASS
    assert run("service_state", WIN, name="Dhcp", status="running").outcome is PASS
    assert run("service_state", WIN, name="W32Time", start_type="automatic").outcome is FAIL
    # The display name a technician reads in services.msc finds it too.
    assert run("service_state", WIN, name="Client DHCP", status="running").outcome is PASS


def test_service_state_linux_and_absent_service():
    assert run("service_state", LINUX, name="ssh.service", status="running").outcome is PASS
    r = run("service_state", LINUX, name="cups", status="running")
    assert r.outcome is FAIL and texts(r)[1] == "cups : en échec, démarrage automatique"
    r = run("service_state", LINUX, name="smbd", status="running")
    assert r.outcome is FAIL and texts(r)[1] == "service absent"


def test_service_state_needs_status_or_start_type():
    r = run("service_state", LINUX, name="ssh")
    assert r.outcome is ERROR and "status, start_type" in r.message.fr
