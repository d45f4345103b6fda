"""Scenario readiness on a default install: every built-in scenario, on this very machine with an
empty lab profile (only what detection finds), either starts or is marked not ready with plain
sentences for the trainer; no file path, line or key path ever reaches the trainee."""

from __future__ import annotations

import re

import pytest

from aimm_lab.exam.attempt import NotReady
from aimm_lab.exam.engine import Engine
from aimm_lab.i18n import T
from aimm_lab.labprofile import KEYS, LabProfile, missing_sentence
from aimm_lab.machine.base import MachineView
from aimm_lab.machine.real import RealMachine
from aimm_lab.scenarios.loader import discover
from aimm_lab.scenarios.readiness import readiness
from aimm_lab.store.db import Store

# What a developer's message looks like: a file, a line, a key path, a placeholder.
TECHNICAL = re.compile(r"\.toml|:\d+|\w+\[\d+\]|\b(?:variables|tasks|preconditions)\.|\{[\w.]+\}|lab\.\w+|/")


def plain(text: str) -> bool:
    return TECHNICAL.search(text) is None


@pytest.fixture
def default_install(tmp_path, monkeypatch):
    monkeypatch.setenv("AIMM_LAB_PROFILE", str(tmp_path / "lab.json"))  # no profile saved: detection only
    store = Store(tmp_path / "lab.db")
    yield Engine(store)  # this PC, the saved (empty) lab profile completed by detection
    store.close()


def test_every_built_in_scenario_starts_or_says_plainly_why_not(default_install):
    e = default_install
    lib = discover()
    assert not lib.errors and len(lib.scenarios) >= 39
    started, not_ready = [], {}
    for n, s in enumerate(lib.scenarios):
        r = e.readiness(s)
        try:
            a = e.start(s, f"stagiaire {n}", "practice")
        except NotReady as err:
            assert not r.ready and r.reasons, s.id
            for lang in ("fr", "en"):
                msg = err.message(lang)
                assert msg == "\n".join(x.get(lang) for x in r.reasons)
                assert plain(msg), (s.id, msg)
            assert all(x.fr.startswith("Le formateur doit") or x.fr.startswith("Ce scénario se passe")
                       for x in r.reasons), s.id
            not_ready[s.id] = r.missing
            continue
        assert r.ready, (s.id, r.reasons)
        assert a.status == "running"
        started.append(s.id)
    assert len(started) + len(not_ready) == len(lib.scenarios)
    # What this machine's detection cannot find (no search domain, no lab server, no time server): these
    # are the scenarios that used to fail with a developer's message at "Commencer".
    detected = LabProfile.load(machine=MachineView(RealMachine())).merged()
    for sid, key in (("b3-dns-errone", "domain"), ("b3-horloge", "ntp"), ("b2-lecteur-reseau", "servers.nas")):
        base = key.split(".")[0]
        if not detected.get(base):
            assert key in not_ready[sid], (sid, not_ready.get(sid))


def test_a_complete_profile_makes_them_ready(tmp_path):
    lib = discover()
    p = LabProfile()
    for k, v in {"interface": "eth0", "seat": 3, "subnet": "192.168.10.0/24", "gateway": "192.168.10.254",
                 "dns": "192.168.10.10", "domain": "lab.local", "server": "192.168.10.10", "ntp": "192.168.10.10",
                 "proxy": "192.168.10.10:3128", "servers": "nas=192.168.10.20,mail=192.168.10.25"}.items():
        p.set(k, v)
    for s in lib.scenarios:
        platform = "linux" if "linux" in s.platforms else s.platforms[0]  # some scenarios are Windows only
        r = readiness(s, p.variables(), platform)
        assert r.ready, (s.id, [x.fr for x in r.reasons], r.detail)


def test_reasons_name_what_the_trainer_sets_in_both_languages():
    lib = discover()
    s = lib.get("b3-hosts-detourne")
    r = readiness(s, LabProfile().variables(), "linux")
    assert not r.ready and set(r.missing) >= {"domain", "server"}
    assert T("Le formateur doit renseigner le domaine du labo.",
             "The trainer must set the lab's domain.") in r.reasons
    for key in KEYS:
        sentence = missing_sentence(key)
        assert sentence.fr.startswith("Le formateur doit renseigner ") and plain(sentence.fr)
        assert sentence.get("en").startswith("The trainer must set ") and plain(sentence.get("en"))
    nas = missing_sentence("servers", "nas")
    assert nas.fr == "Le formateur doit renseigner l'adresse du serveur « nas » du labo."
    other = readiness(s, LabProfile().variables(), "macos")
    assert not other.platform_ok
    assert other.reasons[0] == T("Ce scénario se passe sous Windows ou Linux ; ce poste est sous macOS.",
                                 "This scenario runs on Windows or Linux; this PC runs macOS.")
    assert readiness(s, LabProfile().variables(), "linux").platform_ok
