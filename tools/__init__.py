"""Developer tools, run from a checkout and not shipped in the wheel:

    python -m tools.screenshots          # every trainee screen to PNG (then the trainer's)
    python -m tools.trainer_screenshots  # the trainer's screens only
    python -m tools.i18n_update          # the window's .ts and .qm translations
"""
