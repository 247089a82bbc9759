"""The new withdrawal bank account, checked against the Zengin bank master.

The master comes from the ``zengin-code`` package. Importing it parses ~8 MB of JSON, so it
is loaded on the first lookup and cached; importing this module stays cheap.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from authdesk.core.errors import AuthDeskError
from authdesk.core.kana import ZENGIN_CHARSET, normalise_holder_name
from authdesk.core.text import strip_separators, to_ascii_digits

ACCOUNT_NUMBER_DIGITS = 7


class AccountType(StrEnum):
    # The values are stored and audited: never rename them.
    ORDINARY = "ordinary"  # 普通
    CURRENT = "current"  # 当座
    SAVINGS = "savings"  # 貯蓄

    @property
    def label_ja(self) -> str:
        return _JA_LABELS[self]

    @property
    def zengin_code(self) -> str:
        """預金種目 in Zengin transfer records."""
        return _ZENGIN_CODES[self]


_JA_LABELS = {
    AccountType.ORDINARY: "普通",
    AccountType.CURRENT: "当座",
    AccountType.SAVINGS: "貯蓄",
}
_ZENGIN_CODES = {AccountType.ORDINARY: "1", AccountType.CURRENT: "2", AccountType.SAVINGS: "4"}


# --- Errors ----------------------------------------------------------------------------------


class BankAccountError(AuthDeskError):
    """Base of the refusals about a new bank account."""


class MalformedBankCode(BankAccountError):
    template = "A bank code has exactly 4 digits. Please check the code with the customer."


class UnknownBank(BankAccountError):
    template = (
        "Bank code {code} is not in the Zengin bank list. Please check the code with the customer."
    )


class MalformedBranchCode(BankAccountError):
    template = "A branch code has exactly 3 digits. Please check the code with the customer."


class UnknownBranch(BankAccountError):
    template = (
        "Branch code {branch_code} does not exist at {bank_name} (bank code {bank_code}) in the "
        "Zengin bank list. Please check the branch with the customer."
    )


class InvalidAccountType(BankAccountError):
    template = "The account type must be ordinary (普通), current (当座) or savings (貯蓄)."


class MalformedAccountNumber(BankAccountError):
    template = (
        "An account number has exactly 7 digits. Please ask the customer to read the whole "
        "number again; do not add or drop zeros."
    )


# --- The Zengin master -----------------------------------------------------------------------


@dataclass(frozen=True)
class BankInfo:
    code: str
    name: str
    kana: str


@dataclass(frozen=True)
class BranchInfo:
    bank_code: str
    code: str
    name: str
    kana: str


@functools.cache
def _master() -> Any:
    import zengin_code  # deferred: parses the whole master on import

    return zengin_code.Bank.all


def master_version() -> str:
    """The master's data date (e.g. '1.1.0.20260824'), for the audit log and About box."""
    _master()
    import zengin_code

    return str(zengin_code.__version__)


def _digits(text: str, length: int) -> str | None:
    code = to_ascii_digits(text.strip())
    if len(code) == length and code.isascii() and code.isdigit():
        return code
    return None


# The master never changes while the program runs, so lookups are remembered (a million-row
# import asks the same few thousand branches again and again).
@functools.lru_cache(maxsize=4096)
def lookup_bank(code: str) -> BankInfo | None:
    """The bank for a code as typed (full-width digits accepted), or None."""
    normalised = _digits(code, 4)
    if normalised is None:
        return None
    bank = _master().get(normalised)
    if bank is None:
        return None
    return BankInfo(code=normalised, name=str(bank.name), kana=str(bank.kana))


@functools.lru_cache(maxsize=65536)
def lookup_branch(bank_code: str, branch_code: str) -> BranchInfo | None:
    """The branch for codes as typed, or None."""
    bank_normalised = _digits(bank_code, 4)
    branch_normalised = _digits(branch_code, 3)
    if bank_normalised is None or branch_normalised is None:
        return None
    bank = _master().get(bank_normalised)
    if bank is None:
        return None
    branch = bank.branches.get(branch_normalised)
    if branch is None:
        return None
    return BranchInfo(
        bank_code=bank_normalised,
        code=branch_normalised,
        name=str(branch.name),
        kana=str(branch.kana),
    )


# --- The account -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BankAccount:
    bank_code: str
    branch_code: str
    account_type: AccountType
    number: str
    holder: str  # canonical half-width Zengin form

    @property
    def masked_number(self) -> str:
        return "*" * (len(self.number) - 3) + self.number[-3:]

    @property
    def key(self) -> str:
        """Identifies the account for "already registered" checks.

        The account type is left out on purpose: a number is unique within a branch at
        Japanese banks, and a fraudster must not slip past the check by picking another type.
        The holder is left out because it is a description of the account, not its identity.
        """
        return f"{self.bank_code}-{self.branch_code}-{self.number}"


@functools.lru_cache(maxsize=256)
def parse_account_type(text: str) -> AccountType:
    """'ordinary' / '普通' (and the other two), any case, surrounding spaces ignored."""
    value = text.strip().lower()
    for account_type in AccountType:
        if value in (account_type.value, account_type.label_ja):
            return account_type
    raise InvalidAccountType()


# The fields of a new account, in the order the agent fills them in.
ACCOUNT_FIELDS: tuple[str, ...] = (
    "bank_code", "branch_code", "account_type", "account_number", "holder")


def account_problems(
    bank_code: str,
    branch_code: str,
    account_type: str,
    number: str,
    holder: str,
    allowed: frozenset[str] = ZENGIN_CHARSET,
) -> dict[str, AuthDeskError]:
    """Every problem of a new account as the agent typed it, by field (``ACCOUNT_FIELDS``, in
    that order); empty when the account can be used. A form shows them all at once, each
    beside its field, instead of one refusal per attempt."""
    problems: dict[str, AuthDeskError] = {}
    bank = _digits(bank_code, 4)
    bank_info = lookup_bank(bank) if bank is not None else None
    if bank is None:
        problems["bank_code"] = MalformedBankCode()
    elif bank_info is None:
        problems["bank_code"] = UnknownBank(code=bank)
    branch = _digits(branch_code, 3)
    if branch is None:
        problems["branch_code"] = MalformedBranchCode()
    elif bank_info is not None and lookup_branch(bank_info.code, branch) is None:
        problems["branch_code"] = UnknownBranch(bank_code=bank_info.code, branch_code=branch,
                                                bank_name=bank_info.name)
    try:
        parse_account_type(account_type)
    except InvalidAccountType as error:
        problems["account_type"] = error
    if _account_number(number) is None:
        problems["account_number"] = MalformedAccountNumber()
    try:
        normalise_holder_name(holder, allowed)
    except AuthDeskError as error:  # empty, or a character bank transfers cannot carry
        problems["holder"] = error
    return problems


def _account_number(number: str) -> str | None:
    # Separators are dropped but never zeros added: a six-digit number is a misheard number.
    digits = strip_separators(to_ascii_digits(number), long_vowel_marks=True)
    if len(digits) == ACCOUNT_NUMBER_DIGITS and digits.isascii() and digits.isdigit():
        return digits
    return None


def parse_bank_account(
    bank_code: str,
    branch_code: str,
    account_type: str,
    number: str,
    holder: str,
    allowed: frozenset[str] = ZENGIN_CHARSET,
) -> BankAccount:
    """Validate a new account as the agent typed it; the first of ``account_problems`` is
    raised (a BankAccountError or InvalidHolderName with a sentence the agent can read out)."""
    problems = account_problems(bank_code, branch_code, account_type, number, holder, allowed)
    if problems:
        raise next(iter(problems.values()))
    bank, branch = _digits(bank_code, 4), _digits(branch_code, 3)
    account_number = _account_number(number)
    assert bank is not None and branch is not None and account_number is not None
    return BankAccount(
        bank_code=bank,
        branch_code=branch,
        account_type=parse_account_type(account_type),
        number=account_number,
        holder=normalise_holder_name(holder, allowed),
    )
