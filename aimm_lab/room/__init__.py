"""The room: the trainer's PC serves a room exam to the lab PCs (docs/trainer.md, "La salle")."""
