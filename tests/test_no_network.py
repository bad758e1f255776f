"""The program never opens a network socket, and what it writes is private.

The main flows run with Python's socket creation replaced by a trap that
counts and refuses; on Linux the process's open sockets are also counted
from /proc, which catches sockets that C++ code (Qt) would open past Python.
"""

from __future__ import annotations

import io
import socket
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from opleider_desk.domain.entities import Aios

PROC_FD = Path("/proc/self/fd")


class SocketTrap:
    def __init__(self):
        self.attempts: list[str] = []

    def refuse(self, name: str):
        def trap(*args, **kwargs):
            self.attempts.append(name)
            raise PermissionError(f"network access attempted: socket.{name}")

        return trap


def _open_sockets() -> int:
    if not PROC_FD.is_dir():
        return 0
    count = 0
    for fd in PROC_FD.iterdir():
        try:
            count += fd.readlink().name.startswith("socket:")
        except OSError:
            continue
    return count


@pytest.fixture
def trap(monkeypatch):
    trap = SocketTrap()
    for name in ("socket", "socketpair", "create_connection", "create_server", "fromfd", "getaddrinfo"):
        monkeypatch.setattr(socket, name, trap.refuse(name))
    return trap


def test_the_main_flows_open_no_socket_and_write_private_files(trap, tmp_path, qtbot, settings_ini):
    from opleider_desk.reports.layout import build_pdf, para, styles
    from opleider_desk.storage.backup import make_backup
    from opleider_desk.storage.demo import fill_demo
    from opleider_desk.storage.models import HourCategoryRow, HourEntryRow
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.privacy import erase_aios, export_aios, write_private
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.ui.main_window import MainWindow

    sockets_before = _open_sockets()
    data_file = tmp_path / "data.sqlite"
    store = open_store(data_file)
    aios_id = store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
    with store.write("test_hours") as session:
        category = session.scalars(select(HourCategoryRow.id)).first()
        now = datetime(2026, 4, 1, 9, 0)
        session.add(
            HourEntryRow(
                day=date(2026, 4, 1),
                minutes=90,
                aios_id=aios_id,
                category_id=category,
                created_at=now,
                updated_at=now,
            )
        )
    pdf = build_pdf(
        [para("Kwartaalverklaring", styles()["body"])],
        title="Test",
        author="OpleiderDesk",
        footer="code",
        page_label="{page}/{total}",
    )
    assert pdf.startswith(b"%PDF")
    export = export_aios(store, aios_id, extra_documents=[("verklaring.pdf", pdf)])
    assert "data.json" in zipfile.ZipFile(io.BytesIO(export)).namelist()
    write_private(tmp_path / "avg.zip", export)
    backup = make_backup(data_file, tmp_path / "backups")
    erase_aios(store, aios_id)
    store.close()

    demo = open_store(tmp_path / "demo.sqlite")
    fill_demo(demo, date(2026, 11, 22))
    demo.close()

    window = MainWindow(settings_ini, "nl")
    qtbot.addWidget(window)
    assert window.open_store(data_file)
    window.close_store()

    assert trap.attempts == []
    assert _open_sockets() - sockets_before == 0
    for path in (data_file, backup, tmp_path / "avg.zip", tmp_path / "demo.sqlite"):
        assert path.stat().st_mode & 0o777 == 0o600, path
    if sys.platform != "win32":
        assert (tmp_path / "backups").stat().st_mode & 0o777 == 0o700


@pytest.fixture
def settings_ini(tmp_path):
    from PySide6.QtCore import QSettings

    from opleider_desk.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
