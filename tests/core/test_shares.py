"""The `shares` section from raw shapes (Get-SmbShare as Microsoft documents it) and from Samba's own
testparm run for real on a smb.conf in a private mount namespace; the smb_share check on both."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from states import linux_state, run, windows_state

from aimm_lab.checks import Outcome
from aimm_lab.machine import shares

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def real_text(name: str) -> str:
    text = (REAL / name).read_text(encoding="utf-8")
    assert text.startswith("# source: "), name
    return text.split("\n", 1)[1]


def smbshare_payload(text: str, running: bool = True) -> str:
    """Get-SmbShare's table -> the JSON our PowerShell script writes (Name, Path, Special)."""
    lines = text.splitlines()
    path_at, desc_at = lines[0].index("Path"), lines[0].index("Description")
    rows = []
    for line in lines[2:]:
        name = line[:30].strip()
        rows.append({"Name": name, "Path": line[path_at:desc_at].strip(), "Special": name.endswith("$")})
    return json.dumps({"ServerRunning": running, "Shares": rows})


def test_windows_shares_from_get_smbshare():
    section = shares.windows_shares(smbshare_payload(real_text("get_smbshare_console.txt")))
    by = {s["name"]: s for s in section["shares"]}
    assert by["VMS1"] == {"name": "VMS1", "path": "I:\\VMS", "special": False}
    assert by["IPC$"]["path"] is None and by["ADMIN$"]["special"] is True
    st = windows_state(shares=section)
    assert run("smb_share", st, name="vms1", path="I:\\VMS\\").outcome is Outcome.PASS
    r = run("smb_share", st, name="Scans")
    assert r.outcome is Outcome.FAIL and "VMS1" in r.message.fr and "ADMIN$" not in r.message.fr
    assert run("smb_share", st, name="VMS1", path="D:\\VMS").outcome is Outcome.FAIL
    # The Server service stopped: the script lists nothing, and nothing is served.
    stopped = shares.windows_shares(json.dumps({"ServerRunning": False, "Shares": []}))
    r = run("smb_share", windows_state(shares=stopped), name="VMS1")
    assert r.outcome is Outcome.FAIL and "arrêté" in r.message.fr
    # One share: PowerShell 5.1 writes it unwrapped.
    one = shares.windows_shares({"ServerRunning": True, "Shares": {"Name": "Scans", "Path": "C:\\Partages\\Scans",
                                                                    "Special": False}})
    assert [s["name"] for s in one["shares"]] == ["Scans"]


# Debian's default global section without its "passwd program": testparm then exits 1 ("ERROR: the 'unix
# password sync' parameter is set and there is no valid 'passwd program'"), and still prints the shares.
SMB_CONF = """[global]
   workgroup = WORKGROUP
   server role = standalone server
   unix password sync = yes
   map to guest = bad user

[printers]
   comment = All Printers
   path = /var/tmp
   printable = yes

[Scans]
   comment = Scans du copieur
   path = /srv/partages/scans
   valid users = @accueil accueil
   read only = no
"""

SCRIPT = r"""
import json, subprocess, sys
conf = sys.argv[1]
subprocess.run(["mount", "--bind", conf, "/etc/samba/smb.conf"], check=True)
from aimm_lab.machine.real import RealMachine
print(json.dumps(RealMachine().section("shares")))
"""


@pytest.mark.skipif(sys.platform != "linux" or not hasattr(os, "geteuid") or os.geteuid() != 0
                    or shutil.which("testparm") is None or shutil.which("unshare") is None
                    or not os.path.exists("/etc/samba/smb.conf"),
                    reason="needs Linux, root, unshare and Samba's testparm (samba-common-bin)")
def test_linux_shares_read_by_samba_itself(tmp_path):
    conf = tmp_path / "smb.conf"
    conf.write_text(SMB_CONF, encoding="utf-8")
    cp = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, "-c", SCRIPT, str(conf)],
                        capture_output=True, text=True, timeout=60)
    if cp.returncode != 0 and "Operation not permitted" in cp.stderr:
        pytest.skip("mount namespaces are not allowed here")
    assert cp.returncode == 0, cp.stderr
    section = json.loads(cp.stdout.strip().splitlines()[-1])
    assert section["source"] == "testparm"
    by = {s["name"]: s for s in section["shares"]}
    assert by["Scans"] == {"name": "Scans", "path": "/srv/partages/scans", "special": False}
    assert by["printers"]["special"] is True and "global" not in {n.lower() for n in by}
    running = dict(section, server_running=True)
    assert run("smb_share", linux_state(shares=running), name="scans",
               path="/srv/partages/scans/").outcome is Outcome.PASS
    assert run("smb_share", linux_state(shares=dict(section, server_running=False)),
               name="Scans").outcome is Outcome.FAIL
    nothing = shares.linux_shares(None, False)
    assert run("smb_share", linux_state(shares=nothing), name="Scans").outcome is Outcome.FAIL


def test_a_windows_pc_reads_its_shares_through_powershell(monkeypatch):
    """RealMachine on Windows: Windows PowerShell 5.1 writes its JSON after a byte-order mark; output
    that is not JSON is a reading that failed (ERROR), never an empty list of shares."""
    from aimm_lab.machine import real
    from aimm_lab.machine.base import ProbeError

    payload = smbshare_payload(real_text("get_smbshare_console.txt"))
    seen = []

    def fake_tool(argv, timeout=None, **kw):
        seen.append(argv)
        return out[0]

    monkeypatch.setattr(real, "WINDOWS", True)
    monkeypatch.setattr(real, "run_tool", fake_tool)
    out = ["\ufeff" + payload]
    section = real.RealMachine()._read_shares()
    assert {s["name"] for s in section["shares"]} >= {"VMS1", "IPC$"}
    assert seen[0][0].endswith("powershell.exe") and seen[0][-1] == shares.POWERSHELL_SHARES
    out[0] = "Get-SmbShare : Accès refusé."
    with pytest.raises(ProbeError) as e:
        real.RealMachine()._read_shares()
    assert e.value.kind == real.FAILED and "Get-SmbShare" in str(e.value)
