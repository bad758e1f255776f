"""The meeting templates of an open file: the shipped ones with the user's own over them.

One set for every reader: the meetings are planned and held with it, and what
is due reads its ``counts_as``, so an institute's own form fills the slots it
says it does. Reads no rows.
"""

from __future__ import annotations

from pathlib import Path

from ...domain.templates import (
    SCHEMA_SUFFIX,
    Template,
    TemplateError,
    builtin_forms_dir,
    load_template,
    load_templates,
)
from ..store import Store


class TemplateService:
    def __init__(self, store: Store):
        self.store = store
        #: The user's own templates (an institute's forms) beside the shipped ones.
        self.own_forms_dir: Path | None = (
            store.user_files_dir / "forms" if store.user_files_dir is not None else None
        )
        #: Own templates that could not be read (left out; a shipped one of that key stays).
        self.template_errors: list[TemplateError] = []
        self._templates: dict[str, Template] | None = None

    def templates(self) -> dict[str, Template]:
        """The shipped templates with the user's own over them.

        An own template with a shipped key replaces it; another key is a meeting
        type of the user's own. A broken own file is kept in ``template_errors``
        and left out rather than locking the user out of their meetings.
        """
        if self._templates is None:
            templates = load_templates(builtin_forms_dir())
            folder = self.own_forms_dir
            if folder is not None and folder.is_dir():
                for path in sorted(folder.glob("*.json")):
                    if path.name.endswith(SCHEMA_SUFFIX):
                        continue
                    try:
                        own = load_template(path)
                    except TemplateError as error:
                        self.template_errors.append(error)
                        continue
                    templates[own.key] = own
            self._templates = templates
        return self._templates

    def use_templates(self, templates: dict[str, Template]) -> None:
        """Use these templates instead (an institute's own set, a test's)."""
        self._templates = dict(templates)

    def counts_as(self) -> dict[str, tuple[str, ...]]:
        """Which slots each meeting type fills, by template key."""
        return {key: t.counts_as for key, t in self.templates().items()}
