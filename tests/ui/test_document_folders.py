"""Document dialogs start in the folder last used, never in the working directory."""

from __future__ import annotations

import os
from pathlib import Path

from opleider_desk.settings import LAST_SAVE_FOLDER


def test_the_csv_import_starts_where_the_last_document_went_and_remembers_its_own(
    qtbot, window, tmp_path, monkeypatch
):
    from opleider_desk.ui.widgets import save_file
    from opleider_desk.ui.widgets.background import busy

    asked: list[str] = []

    def choose(_parent, _caption, directory="", _filter=""):
        asked.append(directory)
        return "", ""

    monkeypatch.setattr("opleider_desk.ui.hours.tab.open_file_name", choose)
    monkeypatch.chdir(tmp_path)  # the working directory: where the dialog must not start
    tab = window.show_tab("hours")
    saved = tmp_path / "pdfs"
    saved.mkdir()
    save_file.user_settings().set(LAST_SAVE_FOLDER, str(saved))
    tab.import_csv()
    assert Path(asked[-1]) == saved

    # A file read from elsewhere moves the folder for the next document dialog.
    elsewhere = tmp_path / "excel"
    elsewhere.mkdir()
    (elsewhere / "uren.csv").write_text("Datum;Aios;Categorie;Duur\n", encoding="utf-8")

    def pick(_parent, _caption, directory="", _filter=""):
        asked.append(directory)
        return str(elsewhere / "uren.csv"), ""

    monkeypatch.setattr("opleider_desk.ui.hours.tab.open_file_name", pick)
    monkeypatch.setattr("opleider_desk.ui.hours.import_dialog.ImportDialog.exec", lambda self: 0)
    tab.import_csv()
    assert save_file.last_folder() == elsewhere
    qtbot.waitUntil(lambda: not busy(window))


def test_a_first_save_starts_in_the_documents_folder_not_the_working_directory(
    qtbot, window, tmp_path, monkeypatch
):
    from opleider_desk.ui.widgets import save_file

    save_file.user_settings().set(LAST_SAVE_FOLDER, "")
    monkeypatch.chdir(tmp_path)
    asked: list[str] = []

    def choose(_parent, _caption, start="", _filter=""):
        asked.append(start)
        return "", ""

    monkeypatch.setattr("opleider_desk.ui.safety.file_dialogs.save_file_name", choose)
    assert save_file.ask_save_path(window, "Opslaan", "Kwartaalverklaring K4 2026.pdf", "PDF (*.pdf)") is None
    start = Path(asked[0])
    assert start.name == "Kwartaalverklaring K4 2026.pdf"
    assert start.is_absolute() and start.parent != Path(os.getcwd())
    assert start.parent.is_dir()
