"""A settings file from a newer OpleiderDesk is refused with a message, never overwritten."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from opleider_desk.settings import LANGUAGE, LAST_FILE, SETTINGS_VERSION, Settings
from opleider_desk.ui.settings_notice import show_newer_settings_notice


def _newer_file(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(
        f"[settings]\nversion={SETTINGS_VERSION + 1}\n\n[ui]\nlanguage=en\nnew_thing=42\n", encoding="utf-8"
    )
    return path


def test_a_newer_settings_file_is_neither_read_nor_written(tmp_path):
    path = _newer_file(tmp_path)
    before = path.read_bytes()
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.newer_version == SETTINGS_VERSION + 1
    assert settings.get(LANGUAGE) == "nl"  # the default, not the newer file's value
    settings.set(LAST_FILE, "/elders/opleiderdesk.sqlite")
    assert settings.get(LAST_FILE) == "/elders/opleiderdesk.sqlite"  # for this session
    settings.sync()
    del settings
    assert path.read_bytes() == before


def test_the_window_says_so(qtbot, window, tmp_path):
    settings = Settings(QSettings(str(_newer_file(tmp_path)), QSettings.Format.IniFormat))
    box = show_newer_settings_notice(window, settings)
    assert box is not None and box.isVisible()
    assert "nieuwere versie van OpleiderDesk" in box.text() and str(tmp_path) in box.text()
    box.close()
    assert show_newer_settings_notice(window, window.settings) is None


def test_an_older_file_is_upgraded_and_marked_current(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.newer_version is None and settings.get(LANGUAGE) == "en"
    settings.sync()
    assert f"version={SETTINGS_VERSION}" in path.read_text(encoding="utf-8")
