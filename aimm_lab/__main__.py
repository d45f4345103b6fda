"""`python -m aimm_lab`: the command line without the desktop application."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
