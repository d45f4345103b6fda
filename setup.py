"""Package list only; all metadata is in pyproject.toml.

The built-in scenarios (scenarios/) and pictures (assets/) stay at the top of the
repository, where trainers find them; a wheel carries them as the data packages
`aimm_lab_scenarios` and `aimm_lab_assets` (see aimm_lab/paths.py).
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["aimm_lab", "aimm_lab.*", "ui", "ui.*"])
    + ["aimm_lab_scenarios", "aimm_lab_assets"],
    package_dir={"aimm_lab_scenarios": "scenarios", "aimm_lab_assets": "assets"},
)
