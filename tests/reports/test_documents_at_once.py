"""Documents laid out at the same moment on worker threads each come out whole.

The report preview and a statement are laid out on workers; two at once failed
inside reportlab's font subsetting (KeyError in ttfonts.makeSubset), which reads
the shared font file through one position.
"""

from __future__ import annotations

import io
import sys
import threading

from pypdf import PdfReader

from opleider_desk.reports.layout import build_pdf, para, styles


def _story(seed: int) -> list:
    # Many different glyphs, so each document cuts its own subset of the font.
    text = "".join(chr(0x41 + (j * 7 + seed * 13) % 500) for j in range(400))
    style = styles()["body"]
    return [para(text, style) for _ in range(4)]


def test_six_documents_laid_out_at_once_each_come_out_whole():
    made: dict[tuple[int, int], bytes] = {}
    failures: list[BaseException] = []

    def lay_out(seed: int) -> None:
        try:
            for round_ in range(8):
                made[(seed, round_)] = build_pdf(
                    _story(seed + round_), title=f"{seed}-{round_}", author="", footer="", page_label=""
                )
        except Exception as error:  # handed to the test below
            failures.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.00005)  # the threads take turns often, as the program has them do
    try:
        threads = [threading.Thread(target=lay_out, args=(seed,)) for seed in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        sys.setswitchinterval(interval)
    assert not failures, repr(failures[0])
    assert len(made) == 48
    for pdf in made.values():
        assert PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
