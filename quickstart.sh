#!/usr/bin/env bash
# AIMM Lab quick start on Debian / Ubuntu.
#   ./quickstart.sh run    set everything up, then open the application
#   ./quickstart.sh test   set everything up, then run the whole test suite
# Set-up: system packages (Qt's libraries, iproute2, dnsmasq, a DHCP client, Samba's testparm, nftables), a virtual
# environment in .venv, and AIMM Lab installed in it with its test tools.
set -euo pipefail
cd "$(dirname "$0")"
what="${1:-run}"
case "$what" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(python3 python3-venv python3-pip
          libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
          libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xinerama0
          iproute2 dnsmasq-base isc-dhcp-client samba-common-bin nftables procps)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing system packages: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "AIMM Lab needs Python 3.11 or newer ($("$PY" --version) found)" >&2; exit 2
fi
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PY" -m venv .venv
fi
# Installed once, and again only when what it is built from changes (a second launch starts at once).
stamp=".venv/.aimm-lab-installed"
wanted="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1) $("$PY" --version 2>&1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ] || ! .venv/bin/python -c 'import aimm_lab, ui' 2>/dev/null; then
  echo "== installing AIMM Lab and its test tools into .venv (log: .venv/install.log)"
  if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e ".[test]"; } \
      > .venv/install.log 2>&1; then
    tail -n 40 .venv/install.log >&2; echo "installation failed: see .venv/install.log" >&2; exit 1
  fi
  echo "$wanted" > "$stamp"
fi

if [ "$what" = run ]; then
  exec .venv/bin/aimm-lab
fi

export QT_QPA_PLATFORM=offscreen
echo "== lint"
.venv/bin/ruff check .
echo "== scenario catalogue"
.venv/bin/aimm-lab scenarios validate
.venv/bin/aimm-lab scenarios test > /tmp/aimm-scenarios-test.log || { cat /tmp/aimm-scenarios-test.log; exit 1; }
tail -n 1 /tmp/aimm-scenarios-test.log
echo "== tests"
exec .venv/bin/python -m pytest -q -p no:cacheprovider "${@:2}"
