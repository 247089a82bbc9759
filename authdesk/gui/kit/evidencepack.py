"""Saving the evidence pack of one change request from a screen (issue 12): ask where (a file
dialog offering ``evidence-R0000123-4.pdf``), then let the core write the PDF, the JSONL and its
signed manifest in the background. The approval screen (supervisors) and the audit log
(supervisors and auditors) both offer it; the core decides who may (``report.evidence``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from authdesk.core.evidencepack import PackFiles
from authdesk.core.reference import request_reference
from authdesk.gui.kit.page import PageContext
from authdesk.printing.evidence import evidence_pdf

translate = QCoreApplication.translate  # lupdate finds calls by this name


def tooltip() -> str:
    return translate("EvidencePack", "Save this request's evidence pack: a PDF to print, and a "
                     "JSONL file with its signed manifest that anyone can check with "
                     "docs/verify_export.py")


def choose_pack_file(parent: QWidget, request_id: int) -> Path | None:
    """Ask where to write the PDF; the JSONL and its manifest go beside it."""
    reference = request_reference(request_id)
    path, _chosen = QFileDialog.getSaveFileName(
        parent, translate("EvidencePack", "Save the evidence pack"),
        str(Path.home() / f"evidence-{reference}.pdf"),
        translate("EvidencePack", "PDF, with JSONL and manifest beside it (*.pdf)"))
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")


def saved_text(files: PackFiles) -> str:
    return translate(
        "EvidencePack", "Evidence pack of {reference} saved: {pdf}, with {jsonl} and its signed "
        "manifest ({count} events of the request, checkpoint #{seq}).").format(
            reference=files.pack.reference, pdf=str(files.pdf), jsonl=files.jsonl.name,
            count=len(files.pack.lines), seq=files.pack.checkpoint["seq"])


def save_evidence_pack(context: PageContext, owner: QWidget, request_id: int,
                       done: Callable[[PackFiles], None],
                       failed: Callable[[BaseException], None]) -> bool:
    """Ask where, then write the pack in the background; False when the person cancelled."""
    out = choose_pack_file(owner, request_id)
    if out is None:
        return False
    desk, handle = context.desk, context.handle
    context.run(lambda: desk.evidence.write(handle, request_id, out, render=evidence_pdf),
                done, failed, owner=owner, action=True)
    return True
