"""AIMM Lab's desktop application (PySide6). The only package that imports Qt, and only
through `ui.qt`. It calls the core (`aimm_lab`) in the background and listens to it."""
