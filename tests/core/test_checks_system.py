"""System and hardware check types on recorded Linux and Windows states."""

from states import disks, linux_state, partition, run, system, texts, windows_state, windows_system

from aimm_lab.checks import Context, Outcome

PASS, FAIL, ERROR, UNSUPPORTED = Outcome.PASS, Outcome.FAIL, Outcome.ERROR, Outcome.UNSUPPORTED
GIB = 1024**3


def mem(total, swap=2 * GIB):
    return linux_state(memory={"total": total, "available": total // 2, "swap_total": swap})


def test_memory_total_allows_the_firmware_reserve():
    usable = int(15.6 * GIB)  # 16 GiB installed, a little reserved
    assert run("memory_total", mem(usable), size="16\xa0GiB").outcome is PASS
    r = run("memory_total", mem(int(7.8 * GIB)), size="16\xa0GiB")
    assert r.outcome is FAIL
    assert texts(r) == ("16,0\xa0Gio (± 7\xa0%)", "7,8\xa0Gio")
    assert texts(r, "en") == ("16.0\xa0GiB (± 7\xa0%)", "7.8\xa0GiB")
    # A tighter tolerance rejects what the default accepts.
    assert run("memory_total", mem(usable), size="16\xa0GiB", tolerance=0.01).outcome is FAIL
    # More than expected is a mismatch too (wrong kit).
    assert run("memory_total", mem(32 * GIB), size="16\xa0GiB").outcome is FAIL


def test_swap_total():
    assert run("swap_total", mem(16 * GIB, swap=2 * GIB), max_size="2\xa0GiB").outcome is PASS
    r = run("swap_total", mem(8 * GIB, swap=24 * GIB), max_size="4\xa0GiB")
    assert r.outcome is FAIL and texts(r) == ("au plus 4,0\xa0Gio", "24,0\xa0Gio")


def test_cpu_cores():
    st = linux_state(cpu={"logical": 12, "physical": 6, "freq_mhz": None})
    assert run("cpu_cores", st, logical=12, physical=6).outcome is PASS
    assert run("cpu_cores", st, logical=12).outcome is PASS
    r = run("cpu_cores", linux_state(cpu={"logical": 2, "physical": 2, "freq_mhz": None}), logical=12, physical=6)
    assert r.outcome is FAIL
    assert texts(r) == ("6 cœurs physiques, 12 processeurs logiques", "2 cœurs physiques, 2 processeurs logiques")
    assert texts(r, "en")[0] == "6 physical cores, 12 logical processors"


def test_cpu_cores_without_a_physical_count_is_unsupported_not_a_fail():
    st = linux_state(cpu={"logical": 4, "physical": None, "freq_mhz": None})
    assert run("cpu_cores", st, physical=2).outcome is UNSUPPORTED
    assert run("cpu_cores", st, logical=4).outcome is PASS


def test_cpu_cores_needs_a_parameter():
    r = run("cpu_cores", linux_state(cpu={"logical": 4, "physical": 2}))
    assert r.outcome is ERROR
    assert r.message.fr == "indiquez au moins un de ces paramètres : logical, physical"
    assert r.message.get("en") == "give at least one of these parameters: logical, physical"


WIN_DISKS = windows_state(disks=disks(
    partition("C:\\", "NTFS", total=476 * GIB, free=20 * GIB, opts="rw,fixed", device="C:\\"),
    partition("D:\\", "NTFS", total=223 * GIB, free=223 * GIB, opts="rw,fixed", device="D:\\"),
    partition("E:\\", "", total=None, free=None, opts="cdrom", device="E:\\", error="device not ready"),
))
LINUX_DISKS = linux_state(disks=disks(
    partition("/", "ext4", total=100 * GIB, free=1 * GIB),
    partition("/data", "ext4", total=220 * GIB, free=200 * GIB, opts="rw,relatime", device="/dev/sdb1"),
))


def test_partition_windows_drive_letters_ignore_case_and_backslash():
    assert run("partition", WIN_DISKS, mountpoint="d:\\", fstype="ntfs", opts="rw,fixed").outcome is PASS
    assert run("partition", WIN_DISKS, mountpoint="D:", min_size="200 GB").outcome is PASS
    r = run("partition", WIN_DISKS, mountpoint="D:\\", fstype="NTFS", opts="rw,removable")
    assert r.outcome is FAIL
    assert texts(r) == ("D:\\ NTFS options rw,removable", "D:\\ NTFS 223,0\xa0Gio options rw,fixed")
    r = run("partition", WIN_DISKS, mountpoint="P:\\")
    assert r.outcome is FAIL and texts(r)[1] == "aucun volume monté sur P:\\"


def test_partition_linux():
    assert run("partition", LINUX_DISKS, mountpoint="/data/", fstype="ext4", min_size="200\xa0GiB").outcome is PASS
    r = run("partition", LINUX_DISKS, mountpoint="/data", min_size="500 GB")
    assert r.outcome is FAIL
    assert texts(r, "en") == ("/data at least 465.7\xa0GiB", "/data ext4 220.0\xa0GiB")
    assert run("partition", LINUX_DISKS, mountpoint="/DATA").outcome is FAIL  # Linux paths keep their case
    assert run("partition", LINUX_DISKS, mountpoint="/data", fstype="xfs").outcome is FAIL


def test_partition_size_unreadable_is_an_error():
    assert run("partition", WIN_DISKS, mountpoint="E:\\").outcome is PASS  # mounted: that much is known
    r = run("partition", WIN_DISKS, mountpoint="E:\\", min_size="1 GB")
    assert r.outcome is ERROR and "device not ready" in r.message.fr


def test_free_space():
    r = run("free_space", LINUX_DISKS, mountpoint="/", min_free="10\xa0GiB", max_used_percent=85)
    assert r.outcome is FAIL
    assert texts(r) == ("au moins 10,0\xa0Gio libres, au plus 85\xa0% utilisés", "1,0\xa0Gio libres, 99\xa0% utilisés")
    assert run("free_space", LINUX_DISKS, mountpoint="/data", min_free="10\xa0GiB").outcome is PASS
    assert run("free_space", WIN_DISKS, mountpoint="c:\\", max_used_percent=98).outcome is PASS
    assert run("free_space", WIN_DISKS, mountpoint="C:\\", max_used_percent=90).outcome is FAIL
    assert run("free_space", WIN_DISKS, mountpoint="E:\\", min_free="1 GB").outcome is ERROR
    assert run("free_space", WIN_DISKS, mountpoint="Z:\\", min_free="1 GB").outcome is FAIL
    assert run("free_space", WIN_DISKS, mountpoint="C:\\").outcome is ERROR  # neither limit given


def battery(present=True, percent=87.0, plugged=True):
    if not present:
        return windows_state(battery={"present": False, "percent": None, "plugged": None, "secsleft": None})
    return windows_state(battery={"present": True, "percent": percent, "plugged": plugged, "secsleft": None})


def test_battery():
    assert run("battery", battery()).outcome is PASS
    assert run("battery", battery(), plugged=True, min_percent=50).outcome is PASS
    r = run("battery", battery(plugged=False, percent=12.5), plugged=True, min_percent=50)
    assert r.outcome is FAIL
    assert texts(r) == ("batterie présente, sur secteur, au moins 50\xa0%", "batterie présente, sur batterie, 12,5\xa0%")
    assert texts(r, "en")[1] == "battery present, on battery, 12.5\xa0%"
    r = run("battery", battery(present=False))
    assert r.outcome is FAIL and texts(r) == ("batterie présente", "pas de batterie détectée")
    assert run("battery", battery(present=False), present=False).outcome is PASS
    assert run("battery", battery(), present=False).outcome is FAIL
    r = run("battery", battery(plugged=None), plugged=True)
    assert r.outcome is ERROR


def test_rebooted_since_start():
    st = linux_state(system=system(boot_time=1_764_320_600.0))
    assert run("rebooted_since_start", st, ctx=Context(started_at=1_764_320_000.0)).outcome is PASS
    r = run("rebooted_since_start", st, ctx=Context(started_at=1_764_321_000.0))
    assert r.outcome is FAIL
    assert texts(r)[0].startswith("démarrage après ") and texts(r)[1].startswith("démarré le ")


def test_rebooted_since_start_without_a_start_time_is_an_error():
    st = linux_state(system=system(boot_time=1_764_320_600.0))
    r = run("rebooted_since_start", st, ctx=Context(started_at=None))
    assert r.outcome is ERROR
    assert r.message.fr.startswith("heure de début de l'épreuve inconnue")
    assert "start time is unknown" in r.message.get("en")


def test_os_version():
    win = windows_state(system=windows_system(release="11", build=22631, name="Windows 11 Pro"))
    assert run("os_version", win, system="windows", release="11", min_build=22000).outcome is PASS
    assert run("os_version", win, name_contains="pro").outcome is PASS
    r = run("os_version", win, system="Windows", min_build=26100)
    assert r.outcome is FAIL
    assert texts(r) == ("Windows, build 26100 ou plus", "Windows 11 Pro (Windows 11, build 22631)")
    assert run("os_version", win, release="10").outcome is FAIL
    deb = linux_state(system=system(name="Debian GNU/Linux 12 (bookworm)"))
    assert run("os_version", deb, system="Linux", name_contains="Debian").outcome is PASS
    assert run("os_version", deb, name_contains="Ubuntu").outcome is FAIL
    assert run("os_version", deb, min_build=1).outcome is UNSUPPORTED
    assert run("os_version", deb).outcome is ERROR
