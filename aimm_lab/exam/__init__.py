"""Attempts: the clock, modes, scoring, the journal of events."""
