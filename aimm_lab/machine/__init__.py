"""Reading the machine: one Machine interface, a real one and a recorded one."""

from .base import (
    DENIED,
    FAILED,
    NOT_RECORDED,
    SECTION_GROUPS,
    SECTIONS,
    TIMEOUT,
    UNSUPPORTED,
    Machine,
    MachineView,
    ProbeError,
    make_state,
    read_all,
)
from .recorded import RecordedMachine, StateFileError

__all__ = [
    "DENIED", "FAILED", "NOT_RECORDED", "SECTIONS", "SECTION_GROUPS", "TIMEOUT", "UNSUPPORTED",
    "Machine", "MachineView", "ProbeError", "RecordedMachine", "StateFileError", "make_state", "read_all",
]
