"""AIMM Lab core: reads the machine, grades scenarios, keeps attempts. Never imports Qt."""

__version__ = "0.1.0"
