"""canonical employee numbers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 10:00:00

Staff employee numbers take the one canonical form of ``authdesk.core.text`` (NFKC, upper case,
only A-Z, 0-9 and '-'), which adding staff and the four-eyes rule compare from now on. The
upgrade stops, changing nothing, if a stored number cannot take that form or if two active
accounts would become one person: which account stays is a person's decision, not a migration's.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The one normalisation the core uses (and its refusal), imported rather than copied so that
# the stored form is exactly the form the core compares; pyproject.toml's layers contract
# allows this one import.
from authdesk.core.text import InvalidInput, canonical_employee_no
from authdesk.storage.db import StorageError

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_staff = sa.table(
    'staff',
    sa.column('id', sa.Integer),
    sa.column('username', sa.String),
    sa.column('employee_no', sa.String),
    sa.column('active', sa.Boolean),
)


def _shown(value: str) -> str:
    """A stored number as a report can show it: invisible characters by code point."""
    return "'" + "".join(
        ch if ch.isprintable() and (ch == " " or not ch.isspace()) else f"<U+{ord(ch):04X}>"
        for ch in value
    ) + "'"


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_staff.c.id, _staff.c.username, _staff.c.employee_no, _staff.c.active)
        .order_by(_staff.c.username)
    ).all()

    problems: list[str] = []
    canonical: dict[int, str] = {}
    active_by_person: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        try:
            canonical[row.id] = canonical_employee_no(row.employee_no)
        except InvalidInput as refused:
            problems.append(
                f"account {row.username!r} has the employee number {_shown(row.employee_no)}, "
                f"which cannot be made canonical ({refused.params['reason']}): correct it in "
                "the staff table"
            )
            continue
        if row.active:
            active_by_person.setdefault(canonical[row.id], []).append(
                (row.username, row.employee_no))
    for person, accounts in sorted(active_by_person.items()):
        if len(accounts) > 1:
            names = ", ".join(repr(username) for username, _ in accounts)
            numbers = ", ".join(_shown(number) for _, number in accounts)
            problems.append(
                f"the active accounts {names} (employee numbers {numbers}) are one person, "
                f"{person}: disable all but one of them with the AuthDesk version in use now"
            )
    if problems:
        # Raising rolls the whole upgrade back: no number is changed, the schema stays 0001.
        raise StorageError(
            "upgrade_refused",
            f"employee numbers need attention before the upgrade ({len(problems)}): "
            + "; ".join(problems)
            + "; then run the upgrade again",
        )

    for row in rows:
        if canonical[row.id] != row.employee_no:
            bind.execute(sa.update(_staff).where(_staff.c.id == row.id)
                         .values(employee_no=canonical[row.id]))


def downgrade() -> None:
    # The canonical numbers are valid under 0001 too; the forms they were typed in are not kept.
    pass
