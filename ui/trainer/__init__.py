"""Trainer mode in the desktop application: the PIN dialog, lab preparation, mock exam
sessions, the grading queue and attempt review, the gradebook with the jury grid, result
imports, and PDF exports. The logic lives in aimm_lab.trainer; these are its screens."""
