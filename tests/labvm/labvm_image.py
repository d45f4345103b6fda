"""The lab PC's disk image: a Debian 12 built from Debian's own packages, cached by its inputs.

    python3 tests/labvm/labvm_image.py build     build (or find in the cache) and print the paths

What is built (as root, with mmdebstrap, from the host's own apt sources file):
  - a minbase bookworm with systemd, NetworkManager, CUPS, Samba and CIFS, sudo, timesyncd,
    openssh-server, the guest agent, GNOME's settings store (gsettings, dconf) and a stock kernel;
  - a virtual environment /opt/aimm-lab holding the product's dependencies, installed from wheels
    downloaded on the host (`pip download --only-binary=:all:`) at native speed in the chroot;
  - a NetworkManager profile bound to the lab PC's MAC address, taking its address by DHCP from the
    lab network (see labvm_net.py), and timesyncd pointed at the lab's time server.
The root file system is written with `mkfs.ext4 -d` (no loop device) and converted to qcow2; the kernel
and initrd are copied next to it for a direct kernel boot.

The product itself is not in the image: it is installed from a wheel of the working tree before the
run's snapshot (labvm_pc.py), so a change to the product never rebuilds the image.

Cache: $AIMM_LABVM_CACHE or /var/cache/aimm-lab-labvm, one directory per hash of the build inputs
(this file, the package list, the host's apt sources, the dependency wheels). A build runs under a file
lock; a finished image is marked by a `done` file written last. The images of other inputs are kept (a run
of another branch may be using one) until left unused for STALE_DAYS.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HOSTNAME = "pc-atl-12"
MAC = "52:54:00:12:34:56"
ROOT_SIZE = "20G"  # b3-disque-plein needs 10 GiB free and at most 85 % used on /
BUILD_VERSION = 1  # bump when the build steps below change in a way the other inputs do not show
SOURCES = Path("/etc/apt/sources.list.d/debian.sources")
STALE_DAYS = 3  # another image of the cache is deleted once it has not been used for that long

PACKAGES = [
    "systemd", "systemd-sysv", "udev", "dbus", "libpam-systemd", "kmod",
    "network-manager", "dnsmasq-base", "iproute2", "iputils-ping",
    "cups", "cups-client", "cups-bsd",
    "samba", "cifs-utils", "smbclient",
    "sudo", "systemd-timesyncd", "openssh-server", "qemu-guest-agent",
    "python3", "python3-venv",
    "procps", "e2fsprogs", "fdisk", "parted", "xdg-user-dirs", "util-linux", "bsdutils", "adduser",
    "nftables", "less",
    "smartmontools",  # b3-pc-ne-demarre-pas reads the disks' SMART health with smartctl
    # Wi-Fi on the kernel's emulated radios (mac80211_hwsim): NetworkManager's supplicant on the laptop's
    # side, an access point (hostapd) in a network namespace of the guest, iw to move a radio there
    "wpasupplicant", "hostapd", "iw", "rfkill",
    # GNOME's settings store without the desktop: gsettings, the proxy schemas, dconf (the proxy sheets
    # set the trainee's proxy with gsettings in a session bus)
    "libglib2.0-bin", "gsettings-desktop-schemas", "dconf-gsettings-backend", "dconf-service",
    "linux-image-amd64", "initramfs-tools",
]
# The product's dependencies for a lab PC: the core's, as pyproject.toml lists them, without Qt (the probed
# machine runs the command line only).
GUEST_REQUIREMENTS = [r for r in tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                                               .read_text(encoding="utf-8"))["project"]["dependencies"]
                      if not r.lower().startswith("pyside6")]
# Timers and jobs that would only eat the guest's CPU during tests.
MASKED_UNITS = ["apt-daily.timer", "apt-daily-upgrade.timer", "man-db.timer", "e2scrub_all.timer",
                "fstrim.timer", "dpkg-db-backup.timer", "systemd-tmpfiles-clean.timer",
                "e2scrub_reap.service", "logrotate.timer",
                "smartmontools.service",  # smartd: the tests read SMART with smartctl, not its daemon
                "hostapd.service"]  # the Wi-Fi tests start their access point themselves, in a namespace

CUSTOMIZE = r"""#!/bin/sh
# Runs on the build host with the new root file system as $1 (mmdebstrap customize hook).
set -eu
R="$1"; WHEELS="$2"
rm -f "$R/etc/resolv.conf"   # the build host's; NetworkManager writes the guest's own
echo "@HOSTNAME@" > "$R/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\t@HOSTNAME@\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n' > "$R/etc/hosts"
# by label: the system disk is vda on virtio, sda on SATA, and a clone keeps the label
echo 'LABEL=aimmroot / ext4 errors=remount-ro 0 1' > "$R/etc/fstab"
mkdir -p "$R/etc/NetworkManager/system-connections"
cat > "$R/etc/NetworkManager/system-connections/lab.nmconnection" <<EOF
[connection]
id=Connexion filaire 1
uuid=6a1d3f0e-2b7c-4c55-9d0e-5f1c2a3b4c5d
type=ethernet
autoconnect=true

[ethernet]
mac-address=@MAC@

[ipv4]
method=auto

[ipv6]
method=disabled
EOF
chmod 600 "$R/etc/NetworkManager/system-connections/lab.nmconnection"
mkdir -p "$R/etc/systemd/timesyncd.conf.d"
printf '[Time]\nNTP=192.168.10.10\nPollIntervalMinSec=32\n' > "$R/etc/systemd/timesyncd.conf.d/lab.conf"
for u in @MASKED@; do ln -sf /dev/null "$R/etc/systemd/system/$u"; done
# No password prompts on the serial console; root has no password (the guest is not reachable
# from outside the test's own network namespace).
chroot "$R" passwd -d root
chroot "$R" python3 -m venv /opt/aimm-lab
mkdir -p "$R/tmp/wheels"
cp "$WHEELS"/*.whl "$R/tmp/wheels/"
chroot "$R" /opt/aimm-lab/bin/pip install -q --no-index --find-links /tmp/wheels @REQS@
rm -rf "$R/tmp/wheels"
ln -sf /opt/aimm-lab/bin/aimm-lab "$R/usr/local/bin/aimm-lab"
"""


@dataclass
class Image:
    directory: Path
    disk: Path      # qcow2, never written: every VM runs on an overlay of it
    kernel: Path
    initrd: Path
    build_seconds: float | None  # None when it came from the cache


def cache_root() -> Path:
    return Path(os.environ.get("AIMM_LABVM_CACHE", "/var/cache/aimm-lab-labvm"))


def missing_tools() -> list[str]:
    """Debian packages the build needs and that are not installed."""
    need = {"mmdebstrap": "mmdebstrap", "mkfs.ext4": "e2fsprogs", "qemu-img": "qemu-utils"}
    return sorted({pkg for tool, pkg in need.items() if shutil.which(tool) is None})


def _log(msg: str) -> None:
    print(f"[labvm] {msg}", file=sys.stderr, flush=True)


def _run(argv: list[str], log: Path, **kw) -> None:
    with open(log, "a") as f:
        f.write(f"\n$ {' '.join(argv)}\n")
        f.flush()
        cp = subprocess.run(argv, stdout=f, stderr=subprocess.STDOUT, **kw)
    if cp.returncode != 0:
        tail = log.read_text(errors="replace").splitlines()[-30:]
        raise RuntimeError(f"{argv[0]} failed ({cp.returncode}); last lines of {log}:\n" + "\n".join(tail))


def download_wheels(dest: Path, log: Path) -> list[str]:
    """The guest's dependency wheels (binary only), for the guest's Python 3.11 on x86_64."""
    dest.mkdir(parents=True, exist_ok=True)
    _run([sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:", "--dest", str(dest),
          "--python-version", "3.11", "--implementation", "cp", "--abi", "cp311",
          "--platform", "manylinux2014_x86_64", "--platform", "manylinux_2_17_x86_64",
          "--platform", "manylinux_2_28_x86_64", "--platform", "linux_x86_64",
          *GUEST_REQUIREMENTS], log)
    return sorted(p.name for p in dest.glob("*.whl"))


def _key(wheels: list[str]) -> str:
    """What the image is made of: a change to any of these builds a new image, nothing else does."""
    h = hashlib.sha256()
    h.update(SOURCES.read_bytes() if SOURCES.exists() else b"")
    h.update(json.dumps([BUILD_VERSION, PACKAGES, GUEST_REQUIREMENTS, MASKED_UNITS, CUSTOMIZE, HOSTNAME, MAC,
                         ROOT_SIZE, wheels]).encode())
    return h.hexdigest()[:16]


def ensure_image(force: bool = False) -> Image:
    """The cached image for the current inputs, built first if needed (root only)."""
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    wheels_dir = root / "wheels"
    lock = open(root / ".lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        log = root / "build.log"
        wheels = download_wheels(wheels_dir, log)
        key = _key(wheels)
        d = root / f"image-{key}"
        img = Image(d, d / "disk.qcow2", d / "vmlinuz", d / "initrd.img", None)
        if (d / "done").exists() and not force:
            os.utime(d)  # in use: not stale
            return img
        t0 = time.monotonic()
        _log(f"building the lab PC image in {d} (log: {log})")
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        rootfs = d / "rootfs"
        hook = d / "customize.sh"
        hook.write_text(CUSTOMIZE.replace("@HOSTNAME@", HOSTNAME).replace("@MAC@", MAC)
                        .replace("@MASKED@", " ".join(MASKED_UNITS))
                        .replace("@REQS@", " ".join(f"'{r}'" for r in GUEST_REQUIREMENTS)))
        apt_cache = root / "apt-archives"
        apt_cache.mkdir(exist_ok=True)
        # Keep the used wheel set only (an older download may linger).
        used = d / "wheels"
        used.mkdir()
        for w in wheels:
            shutil.copy2(wheels_dir / w, used / w)
        _run(["mmdebstrap", "--variant=minbase", "--mode=root",
              "--include=" + ",".join(PACKAGES),
              "--skip=essential/unlink",
              f"--setup-hook=mkdir -p \"$1\"/var/cache/apt/archives/ && cp -a {apt_cache}/. \"$1\"/var/cache/apt/archives/",
              f"--customize-hook=sync-out /var/cache/apt/archives {apt_cache}",
              f"--customize-hook=sh {hook} \"$1\" {used}",
              "bookworm", str(rootfs), str(SOURCES)], log)
        boot = rootfs / "boot"
        kernels = sorted(boot.glob("vmlinuz-*"))
        initrds = sorted(boot.glob("initrd.img-*"))
        if not kernels or not initrds:
            raise RuntimeError(f"no kernel or initrd in {boot}")
        shutil.copy2(kernels[-1], img.kernel)
        shutil.copy2(initrds[-1], img.initrd)
        raw = d / "disk.raw"
        _run(["mkfs.ext4", "-q", "-F", "-L", "aimmroot", "-d", str(rootfs), str(raw), ROOT_SIZE], log)
        _run(["qemu-img", "convert", "-f", "raw", "-O", "qcow2", str(raw), str(img.disk)], log)
        raw.unlink()
        shutil.rmtree(rootfs)
        shutil.rmtree(used)
        img.build_seconds = time.monotonic() - t0
        (d / "done").write_text(json.dumps({"seconds": round(img.build_seconds, 1), "packages": PACKAGES,
                                            "wheels": wheels}, indent=1))
        _log(f"image built in {img.build_seconds:.0f} s")
        # Another image of this cache may be in use right now (a run of another branch, whose inputs
        # differ): deleting it would pull the disk from under its running tests. Images left alone for
        # some days are the ones no run uses any more.
        for old in root.glob("image-*"):
            if old != d and time.time() - old.stat().st_mtime > STALE_DAYS * 86400:
                shutil.rmtree(old, ignore_errors=True)
        return img
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("build", "rebuild"):
        print(__doc__)
        sys.exit(2)
    t = time.monotonic()
    im = ensure_image(force=sys.argv[1] == "rebuild")
    print(json.dumps({"disk": str(im.disk), "kernel": str(im.kernel), "initrd": str(im.initrd),
                      "built_seconds": im.build_seconds, "seconds": round(time.monotonic() - t, 1)}))
