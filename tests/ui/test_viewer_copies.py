"""Attachments opened with the system viewer: private copies, gone at exit and after a crash (issue 14)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

from opleider_desk.ui.safety import viewer_copies


def test_a_copy_is_private_and_a_crashed_sessions_folder_goes_at_the_next_start(tmp_path, monkeypatch):
    monkeypatch.setattr(viewer_copies.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(viewer_copies, "_folder", None)
    # A session that was killed: its pid is gone, its folder with a copy is still there.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"{viewer_copies.PREFIX}{dead.pid}-abc"
    left.mkdir()
    (left / "IOP Sanne.pdf").write_bytes(b"%PDF")
    folder = viewer_copies.new_copy_folder()
    assert not left.exists()
    assert stat.S_IMODE(viewer_copies.session_folder().stat().st_mode) == 0o700
    assert folder.parent == viewer_copies.session_folder()


def test_the_exported_copy_is_readable_by_the_user_only(store, tmp_path):
    from opleider_desk.domain.entities import Aios
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.storage.services.portfolio import PortfolioService

    aios_id = store.service(AiosService).add(Aios(name="Sanne", start_date=date(2026, 3, 2)))
    service = store.service(PortfolioService)
    item_id = service.add_own_item(aios_id, "IOP")
    (tmp_path / "view").mkdir()
    source = tmp_path / "iop.pdf"
    source.write_bytes(b"%PDF-1.4 iop")
    attachment_id = service.add_attachment(item_id, source)
    copy = service.export_attachment(attachment_id, tmp_path / "view")
    assert copy.read_bytes() == b"%PDF-1.4 iop"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert os.path.basename(copy) == "iop.pdf" and Path(copy).parent == tmp_path / "view"
