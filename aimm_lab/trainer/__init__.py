"""Trainer mode, without Qt: the trainer PIN, lab preparation checks, mock exam sessions,
the gradebook and the jury grid. The Qt screens over it live in ui/trainer/."""
