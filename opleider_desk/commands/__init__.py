"""Command-line subcommands (``opleider-desk [--db PATH] COMMAND``).

Each module here defines ``NAME``, ``add_arguments(parser)``, ``help_text()``
and ``run(args, store) -> int``; the CLI finds them itself, so adding a
command is adding a module. ``help_text`` is called after the translators are
installed, so the help appears in the user's language.

Every start of the window imports these modules to build the argument
parser, before its first paint: so their top-level imports stay light (Qt,
the standard library) and ``run`` imports storage and reports itself.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def command_modules() -> list[ModuleType]:
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        modules.append(importlib.import_module(f"{__name__}.{info.name}"))
    return modules
