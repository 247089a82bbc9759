"""Cells a spreadsheet will not execute: the one rule for every CSV the application writes.

A spreadsheet reads a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and
with tab or carriage return first, some still do), so a name, a username or a reason typed
by anyone could run ``=HYPERLINK(...)`` or worse on the desk of whoever opens the file. As
OWASP recommends, such a cell is written with a single quote in front, which spreadsheets
show as text and do not display.

Two forms:

* ``safe_cell`` for files people read (the import's list of bad rows, reports): control
  characters are also escaped (``\\u001b``), then the quote is put in front when needed.
* ``audit_cell`` / ``audit_cell_value`` for the audit export's CSV, whose cells a verifier
  hashes again and so must get back exactly: only the quote, put in front of a cell that starts
  with a formula character or with a quote itself, and taken off (one quote) by the verifiers.
  Control characters are not escaped there (see docs/audit-format.md, section 5).
"""

from __future__ import annotations

from authdesk.core.masking import escape_controls

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a cell must not start with (OWASP, CSV injection)."""

QUOTE = "'"


def safe_cell(value: object) -> str:
    """``value`` as text for a CSV cell: control characters escaped, and a quote in front of
    what a spreadsheet would read as a formula. ``None`` is an empty cell."""
    text = escape_controls("" if value is None else str(value))
    return QUOTE + text if text.startswith(FORMULA_STARTS) else text


def safe_row(values: tuple[object, ...] | list[object]) -> list[str]:
    return [safe_cell(v) for v in values]


def audit_cell(text: str) -> str:
    """An audit export cell: a quote in front of a formula start or of a quote, nothing else
    changed, so ``audit_cell_value`` gives back the stored text exactly."""
    return QUOTE + text if text.startswith((*FORMULA_STARTS, QUOTE)) else text


def audit_cell_value(cell: str) -> str:
    """The stored text of an audit export cell: one leading quote taken off."""
    return cell[1:] if cell.startswith(QUOTE) else cell
