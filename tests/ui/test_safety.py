"""Backups, restore, read-only second window, audit log and AVG, driven in the window."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from opleider_desk.domain.entities import Aios
from opleider_desk.settings import BACKUP_FOLDER
from opleider_desk.storage.backup import list_backups, make_backup
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.audit import RESTORE_BACKUP, AuditService


@pytest.fixture
def backups(window, settings, tmp_path):
    folder = tmp_path / "backups"
    settings.set(BACKUP_FOLDER, str(folder))
    return folder


def _answer_message_box(qtbot, choose):
    """Click the button ``choose(box)`` returns in the next message box shown."""
    answered = []

    def poll():
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None
        )
        if box is None:
            QTimer.singleShot(20, poll)
            return
        answered.append(box.text())
        choose(box).click()

    QTimer.singleShot(0, poll)
    return answered


def _destructive(box: QMessageBox):
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)


def _add(window, name: str) -> int:
    return window.context.service(AiosService).add(Aios(name=name, start_date=date(2026, 3, 2)))


def test_backup_now_from_the_file_menu(window, backups):
    window.backup_action.trigger()
    [made] = list_backups(backups, window.context.store.path)
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert str(made.path) in window.statusBar().currentMessage()


def test_restore_a_listed_backup_after_confirmation(qtbot, window, backups):
    from opleider_desk.ui.safety.backups import restore_into
    from opleider_desk.ui.safety.restore_dialog import RestoreDialog

    _add(window, "Sanne de Vries")
    path = window.context.store.path
    backup = make_backup(path, backups, now=datetime(2026, 11, 1, 8, 0))
    _add(window, "Daan Bakker")

    dialog = RestoreDialog(backups, path, window)
    qtbot.addWidget(dialog)
    shown = [dialog.view.model().index(0, c).data() for c in range(4)]
    assert shown == ["01-11-2026 08:00", "1", "0", "0"]
    answered = _answer_message_box(qtbot, _destructive)
    dialog.restore_selected()
    assert answered and "01-11-2026 08:00" in answered[0]
    assert dialog.chosen == backup

    assert restore_into(window, dialog.chosen, path)
    assert [a.name for a in window.context.service(AiosService).list()] == ["Sanne de Vries"]
    entry = window.context.service(AuditService).entries()[0]  # newest first
    assert (entry.action, entry.summary) == (RESTORE_BACKUP, backup.name)
    assert any(b.tag == "before-restore" for b in list_backups(backups, path))


def test_a_damaged_file_offers_the_newest_good_backup(qtbot, window, backups):
    _add(window, "Sanne de Vries")
    path = window.context.store.path
    make_backup(path, backups, now=datetime(2026, 11, 1, 8, 0))
    window.close_store(backup=False)
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 64] = b"\xa5" * 56
    path.write_bytes(bytes(data))

    first = _answer_message_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes))

    def then_confirm():
        if first:
            _answer_message_box(qtbot, _destructive)
        else:
            QTimer.singleShot(20, then_confirm)

    QTimer.singleShot(0, then_confirm)
    assert window.open_store(path)
    assert "beschadigd" in first[0]
    assert [a.name for a in window.context.service(AiosService).list()] == ["Sanne de Vries"]


def test_a_second_window_may_open_the_file_read_only(qtbot, window, settings):
    from opleider_desk.domain.problems import ValidationFailed
    from opleider_desk.ui.main_window import MainWindow

    second = MainWindow(settings, "nl")
    qtbot.addWidget(second)
    asked = _answer_message_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes))
    assert second.open_store(window.context.store.path)
    assert "al geopend" in asked[0]
    assert second.context is not None and second.context.store.read_only
    assert "alleen-lezen" in second.windowTitle()
    assert not second.restore_action.isEnabled()
    with pytest.raises(ValidationFailed):
        second.context.service(AiosService).add(Aios(name="Daan Bakker", start_date=date(2026, 3, 2)))
    second.close_store()


def test_avg_export_and_erasure_with_backups_cleaned(qtbot, window, backups, tmp_path):
    from opleider_desk.ui.safety.audit_log import AuditLogDialog
    from opleider_desk.ui.safety.avg_dialog import AvgDialog

    sanne = _add(window, "Sanne Uniek")
    _add(window, "Daan Bakker")
    backup = make_backup(window.context.store.path, backups, now=datetime(2026, 11, 1))
    dialog = AvgDialog(window.context, window, sanne)
    qtbot.addWidget(dialog)
    aios = dialog.selected()
    assert aios is not None and aios.name == "Sanne Uniek"

    target = tmp_path / "avg.zip"
    dialog.export_to(aios, target).wait()
    assert target.stat().st_mode & 0o777 == 0o600
    assert b"Sanne Uniek" in zipfile.ZipFile(io.BytesIO(target.read_bytes())).read("data.json")

    def tick_purge_and_erase(box: QMessageBox):
        box.checkBox().setChecked(True)
        return _destructive(box)

    answered = _answer_message_box(qtbot, tick_purge_and_erase)
    dialog.erase_selected()
    assert "Sanne Uniek" in answered[0] and "1 aios" in answered[0]
    assert [a.name for a in window.context.service(AiosService).list()] == ["Daan Bakker"]
    assert b"Sanne Uniek" not in backup.read_bytes()
    assert "1 reservekopie" in dialog.outcome.text()
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected

    log = AuditLogDialog(window.context, window)
    qtbot.addWidget(log)
    log.search.setText("AVG")
    assert log.proxy.rowCount() == 1
    row = [log.proxy.index(0, c).data() for c in range(4)]
    assert row[1] == "aios wissen (AVG)"
    assert row[3] == "2 rijen gewist"  # the hour entry and the placement of the training


def test_the_backup_settings_are_kept(qtbot, settings, tmp_path):
    from opleider_desk.backup_settings import (
        backup_folder,
        backup_interval,
        rotation_policy,
    )
    from opleider_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.backup_folder.setText(str(tmp_path / "usb"))
    dialog.backup_interval.setValue(4)
    dialog.keep_monthly.setValue(24)
    dialog.accept()
    assert backup_folder(settings) == tmp_path / "usb"
    assert backup_interval(settings).total_seconds() == 4 * 3600
    assert rotation_policy(settings).monthly == 24


def test_encrypt_in_the_window_then_reopen_with_the_passphrase(qtbot, window, backups, settings):
    pytest.importorskip("sqlcipher3")
    from PySide6.QtWidgets import QInputDialog

    from opleider_desk.storage.encryption import looks_encrypted
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.safety.passphrase import EncryptionDialog

    _add(window, "Sanne Geheim")
    path = window.context.store.path
    dialog = EncryptionDialog(window, window.context.store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_field.setText("kort")
    dialog.apply()
    assert dialog.errors.fields["new"][1].isVisible()
    dialog.new_field.setText("lange zin als wachtwoord")
    dialog.repeat_field.setText("lange zin als wachtwoord")
    dialog.apply()
    assert looks_encrypted(path)
    assert window.context.store.database.passphrase == "lange zin als wachtwoord"
    newest = list_backups(backups, path)[0]
    assert b"Sanne Geheim" not in newest.path.read_bytes()
    window.close_store()

    second = MainWindow(settings, "nl")
    qtbot.addWidget(second)
    typed: list[str] = []

    def type_passphrase():
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()), None
        )
        if box is None:
            QTimer.singleShot(20, type_passphrase)
            return
        answer = "fout" if not typed else "lange zin als wachtwoord"
        typed.append(box.labelText())
        box.setTextValue(answer)
        box.accept()
        if len(typed) == 1:
            QTimer.singleShot(20, type_passphrase)

    QTimer.singleShot(0, type_passphrase)
    assert second.open_store(path)
    assert "versleuteld" in typed[0] and "opent het bestand niet" in typed[1]
    assert second.context is not None
    assert [a.name for a in second.context.service(AiosService).list()] == ["Sanne Geheim"]
    second.close_store()


def test_the_backup_on_opening_follows_the_first_paint_of_the_overview(
    qtbot, ui_language, settings, db_path, tmp_path
):
    from opleider_desk.storage.open import open_store
    from opleider_desk.ui.main_window import MainWindow

    from .conftest import save_profile

    folder = tmp_path / "automatic"
    settings.set(BACKUP_FOLDER, str(folder))
    prepared = open_store(db_path)
    save_profile(prepared)
    prepared.close()
    window = MainWindow(settings, ui_language)
    qtbot.addWidget(window)
    assert window.open_store(db_path)
    assert list_backups(folder, db_path) == []
    window.show()
    qtbot.waitUntil(lambda: len(list_backups(folder, db_path)) == 1)
    window.close_store()
    assert len(list_backups(folder, db_path)) == 1  # one per interval: none again on closing


def test_the_audit_log_shows_old_and_new_and_filters_per_aios_and_quarter(qtbot, window):
    from opleider_desk.ui.safety.audit_log import AuditLogDialog
    from tests.statement_data import change_hours, log_hours

    store = window.context.store
    sanne = _add(window, "Sanne Uniek")
    daan = _add(window, "Daan Bakker")
    entry = log_hours(store, sanne, date(2026, 2, 2), 60)
    change_hours(store, entry, minutes=90)
    log_hours(store, daan, date(2026, 5, 4), 30)
    log = AuditLogDialog(window.context, window)
    qtbot.addWidget(log)
    details = [log.proxy.index(r, 3).data() for r in range(log.proxy.rowCount())]
    assert "Duur: 1:00 uur → 1:30 uur" in details
    log.aios_filter.setCurrentIndex(log.aios_filter.findData(daan))
    assert log.proxy.rowCount() >= 1
    assert all("90" not in (log.proxy.index(r, 3).data() or "") for r in range(log.proxy.rowCount()))
    log.aios_filter.setCurrentIndex(0)
    log.quarter_filter.setCurrentIndex(log.quarter_filter.findData("2026-Q1"))
    assert log.quarter_filter.currentText() == "K1 2026"
    texts = [log.proxy.index(r, 3).data() for r in range(log.proxy.rowCount())]
    assert "Duur: 1:00 uur → 1:30 uur" in texts and not any(
        "30" in t and "toegevoegd" in t for t in texts if "60" not in t
    )


def test_file_export_all_data_writes_the_json_export(window, tmp_path, monkeypatch):
    import json

    out = tmp_path / "alles.json"
    monkeypatch.setattr("opleider_desk.ui.safety.transfer.save_file_name", lambda *a, **k: (str(out), ""))
    assert window.export_all_action.isEnabled()
    window.export_all_action.trigger()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "opleider-desk" and "aios" in document["tables"]
    assert out.stat().st_mode & 0o777 == 0o600
