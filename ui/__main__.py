"""`python -m ui [--db FILE] [--state STATE.json] [--lang fr|en]`"""

import sys

from .app import main, parse_args

ns = parse_args(sys.argv[1:])
sys.exit(main(ns.db, ns.state, ns.lang))
