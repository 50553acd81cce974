"""Entry script of the PyInstaller bundle: the same command as the installed ``bonetracker``."""

from __future__ import annotations

import sys

from bonetracker.entry import main

if __name__ == "__main__":
    sys.exit(main())
