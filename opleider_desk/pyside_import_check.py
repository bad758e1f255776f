"""PySide's look at every module imported after it, without reading the module through ``inspect``.

Once PySide6 is imported it checks each module imported after it, once, for
whether the module uses PySide (for its ``from __feature__ import …`` switches,
which OpleiderDesk does not use): ``shibokensupport.feature._mod_uses_pyside``
reads the module's whole source with ``inspect.getsource``, which tokenises the
file and keeps every line in ``linecache``. Opening the data file imports some
300 modules after PySide, most of them SQLAlchemy's, and those reads cost about
50 ms of CPU before the window is ready (measured with ``-X importtime``: the
storage layer's import went from 368 to 310 ms, medians of four).

``install()`` answers the same question (does the source file contain
"PySide6"?) from the file's bytes, and leaves every other case (no ``.py``
file, one that cannot be read) to PySide's own check. Where this version of
PySide has no such check, it does nothing.

Reading those files was still some 9 ms of every start before the window is
ready (9 MB, most of it SQLAlchemy's). Neither SQLAlchemy (with the
typing_extensions it brings) nor the standard library names PySide6 anywhere (a
test reads them all to keep that true), so their modules are answered without
reading them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"
#: What SQLAlchemy brings, besides the standard library: its files never name PySide6.
WITHOUT_PYSIDE = ("sqlalchemy", "typing_extensions")
_INSTALLED = (f"{os.sep}site-packages{os.sep}", f"{os.sep}dist-packages{os.sep}")


def folders_without_pyside() -> tuple[tuple[str, ...], str]:
    """The folders (a module: its file) of ``WITHOUT_PYSIDE`` (none imported for it), and
    the standard library's folder (less what is installed beneath it)."""
    import importlib.util

    places: list[str] = []
    for name in WITHOUT_PYSIDE:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            places += [os.path.join(folder, "") for folder in spec.submodule_search_locations]
        elif spec is not None and spec.origin:
            places.append(spec.origin)
    return tuple(places), os.path.join(os.path.dirname(os.__file__), "")


def _reading_the_file(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    packages, stdlib = folders_without_pyside()

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if path.startswith(packages):
                return False
            if path.startswith(stdlib) and not any(folder in path for folder in _INSTALLED):
                return False
            try:
                with open(path, "rb") as file:
                    return b"PySide6" in file.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_the_file = True  # type: ignore[attr-defined]
    return uses_pyside


def install() -> None:
    """Once PySide6 is imported (it imports it); calling it again changes nothing."""
    import PySide6  # noqa: F401  (its import sets up the check)

    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original) or getattr(original, "reads_the_file", False):
        return
    setattr(feature, _CHECK, _reading_the_file(original))
