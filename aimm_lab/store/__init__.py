"""SQLite through sqlite-utils: schema and migrations (db), the hash chain (chain), result bundles (bundles)."""
