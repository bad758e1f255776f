"""The bundle's entry script: PyInstaller needs a file, not ``python -m``."""

from opleider_desk.cli import main

raise SystemExit(main())
