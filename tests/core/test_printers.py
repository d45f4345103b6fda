"""The `printers` section from raw shapes (Get-Printer as Microsoft's docs print it, CUPS's lpstat -v) and the
printer_queue check: a virtual queue (Microsoft Print to PDF) is not the USB printer's queue."""

from __future__ import annotations

import json
from pathlib import Path

from states import linux_state, run, windows_state

from aimm_lab.checks import Outcome
from aimm_lab.machine import printers

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def real_text(name: str) -> str:
    text = (REAL / name).read_text(encoding="utf-8")
    assert text.startswith("# source: "), name
    return text.split("\n", 1)[1]


def get_printer_rows(text: str) -> list[dict]:
    lines = text.splitlines()
    head = lines[0]
    driver, port, shared = head.index("DriverName"), head.index("PortName"), head.index("Shared")
    return [{"Name": line[:31].strip(), "DriverName": line[driver:port].strip(), "PortName": line[port:shared].strip()}
            for line in lines[2:]]


def windows_section(data: dict) -> dict:
    """What RealMachine._read_printers makes of POWERSHELL_PRINTERS' JSON on Windows."""
    from aimm_lab.machine import care

    data = json.loads(json.dumps(data))
    return printers.with_connections(care.windows_printers(data), data.get("SpoolerRunning"))


def test_windows_queues_and_their_connection():
    rows = get_printer_rows(real_text("get_printer_console.txt"))
    # Microsoft's USB port monitor names its ports USB001, USB002...: the queue made for the USB printer.
    rows.append({"Name": "Brother DCP-L2530DW series", "DriverName": "Brother DCP-L2530DW series",
                 "PortName": "USB001"})
    section = windows_section({"SpoolerRunning": True, "Printers": rows})
    by = {p["name"]: p["connection"] for p in section["printers"]}
    assert by == {"Microsoft XPS Document Writer": "virtual", "Microsoft Print to PDF": "virtual", "Fax": "virtual",
                  "Brother DCP-L2530DW series": "usb"}
    st = windows_state(printers=section)
    assert run("printer_queue", st, connection="usb").outcome is Outcome.PASS
    assert run("printer_queue", st, name="brother", connection="usb").outcome is Outcome.PASS
    only_pdf = windows_section({"SpoolerRunning": True, "Printers": rows[:3]})
    r = run("printer_queue", windows_state(printers=only_pdf), connection="usb")
    assert r.outcome is Outcome.FAIL and "Microsoft Print to PDF (PORTPROMPT:)" in r.message.fr
    stopped = windows_section({"SpoolerRunning": False, "Printers": []})
    r = run("printer_queue", windows_state(printers=stopped))
    assert r.outcome is Outcome.FAIL and "spouleur arrêté" in r.message.fr
    assert printers.connection_of("WSD-5a7e0c3d-1b2c-4d5e-8f90-123456789abc") == "network"
    assert printers.connection_of("IP_192.168.10.207") == "network"


def test_cups_queues_from_lpstat():
    queues = printers.parse_lpstat_v(real_text("lpstat_v_cups.txt"))
    assert [(q["name"], q["connection"]) for q in queues] == [
        ("HP_LaserJet", "network"), ("Brother_USB", "usb"), ("Canon_Plotter", "network")]
    assert printers.parse_lpstat_v("périphérique pour HP_M15 : usb://HP/M15?serial=X\n")[0]["name"] == "HP_M15"
    section = printers.linux_printers(real_text("lpstat_v_cups.txt"), True)
    st = linux_state(printers=section)
    assert run("printer_queue", st, name="brother", connection="usb").outcome is Outcome.PASS
    assert run("printer_queue", st, name="canon", connection="usb").outcome is Outcome.FAIL
    none = printers.linux_printers(None, False)
    assert none["printers"] == [] and run("printer_queue", linux_state(printers=none)).outcome is Outcome.FAIL
