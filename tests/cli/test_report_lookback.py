"""``authdesk-admin report lookback`` (issue 12): CSV or PDF by the suffix, as the signed-in
supervisor or auditor, refused to others, one sentence for a bad period or file name."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path
from typing import Any

from helpers import pdf_text
from test_cli import (  # the CLI's own fixtures and helpers
    AUDITOR,
    Cli,
    add_staff,
    cli,  # noqa: F401
    env,  # noqa: F401
    init_with_auditor,
    one_sentence,
)

from authdesk.core.lookback import CSV_COLUMNS


def test_an_auditor_writes_the_csv_and_the_pdf(cli: Cli, env: Path,  # noqa: F811
                                               qapp: Any) -> None:
    # ``qapp``: the CLI would make a QGuiApplication for the PDF; the test session's GUI tests
    # need the widgets' QApplication, so it is made first.
    init_with_auditor(cli)
    out = env / "lookback.csv"
    done = cli("report", "lookback", "--from", "2026-01-01", "--to", "2026-01-31",
               "--out", str(out), user=AUDITOR)
    assert done.code == 0, done.err
    assert "0 change request(s)" in done.out and str(out) in done.out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: a spreadsheet reads it as UTF-8
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(lines[0]) == CSV_COLUMNS
    assert ["total", "requests", "0"] in lines
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    # Again without --force: refused; with it, replaced.
    again = cli("report", "lookback", "--from", "2026-01-01", "--to", "2026-01-31",
                "--out", str(out), user=AUDITOR)
    assert again.code == 2 and "exists already" in one_sentence(again)

    pdf = env / "lookback.pdf"
    done = cli("--json", "report", "lookback", "--from", "2026-01-01", "--to", "2026-01-31",
               "--out", str(pdf), user=AUDITOR)
    assert done.code == 0, done.err
    assert done.json["format"] == "pdf" and done.json["totals"]["requests"] == "0"
    text = pdf_text(pdf.read_bytes())
    assert "Look-back report" in text and "No change requests in this period" in text


def test_bad_periods_and_names_are_one_sentence(cli: Cli, env: Path) -> None:  # noqa: F811
    init_with_auditor(cli)
    for args, words in (
        (["--from", "2026-02-01", "--to", "2026-01-01", "--out", str(env / "r.csv")],
         "before the first"),
        (["--from", "2026-13-01", "--to", "2026-01-01", "--out", str(env / "r.csv")],
         "is not a date"),
        (["--from", "2026-01-01", "--to", "2026-01-02", "--out", str(env / "r.xlsx")],
         "as .csv or .pdf"),
    ):
        done = cli("report", "lookback", *args, user=AUDITOR)
        assert done.code in (1, 2), done.err
        assert words in one_sentence(done)
    assert not (env / "r.csv").exists()


def test_an_agent_is_refused(cli: Cli, env: Path) -> None:  # noqa: F811
    init_with_auditor(cli)
    add_staff(cli, "tanaka", "agent", employee_no="E010")
    out = env / "r.csv"
    done = cli("report", "lookback", "--from", "2026-01-01", "--to", "2026-01-02",
               "--out", str(out), user="tanaka")
    assert done.code == 1 and "report.lookback" in one_sentence(done)
    assert not out.exists()
