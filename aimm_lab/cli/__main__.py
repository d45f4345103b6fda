"""`python -m aimm_lab.cli`: the command line without the desktop application."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
