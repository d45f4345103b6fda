"""Scenario files: loading, validating, resolving, the referential, self-tests."""
