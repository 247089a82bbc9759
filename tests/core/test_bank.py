from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from authdesk.core.bank import (
    AccountType,
    BankAccount,
    BankAccountError,
    BankInfo,
    BranchInfo,
    InvalidAccountType,
    MalformedAccountNumber,
    MalformedBankCode,
    MalformedBranchCode,
    UnknownBank,
    UnknownBranch,
    lookup_bank,
    lookup_branch,
    master_version,
    parse_account_type,
    parse_bank_account,
)
from authdesk.core.errors import AuthDeskError
from authdesk.core.kana import ZENGIN_CHARSET, EmptyHolderName, InvalidHolderName

# Real entries of the Zengin master: みずほ 東京営業部, 三井住友 本店営業部, ゆうちょ 〇〇八.
MIZUHO, TOKYO_EIGYOBU = "0001", "001"


def parse(**overrides: str) -> BankAccount:
    fields: dict[str, str] = {
        "bank_code": MIZUHO,
        "branch_code": TOKYO_EIGYOBU,
        "account_type": "ordinary",
        "number": "1234567",
        "holder": "ヤマダ タロウ",
    }
    fields.update(overrides)
    return parse_bank_account(
        fields["bank_code"],
        fields["branch_code"],
        fields["account_type"],
        fields["number"],
        fields["holder"],
    )


def test_importing_the_module_does_not_load_the_master() -> None:
    code = (
        "import sys, authdesk.core.bank; "
        "assert 'zengin_code' not in sys.modules, 'zengin_code imported eagerly'"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)


def test_lookup_bank() -> None:
    assert lookup_bank("0001") == BankInfo(code="0001", name="みずほ", kana="ミズホ")
    assert lookup_bank("０００１") == BankInfo(code="0001", name="みずほ", kana="ミズホ")
    assert lookup_bank("9900") is not None and lookup_bank("9900").name == "ゆうちょ"  # type: ignore[union-attr]
    assert lookup_bank("9999") is None
    assert lookup_bank("1") is None
    assert lookup_bank("") is None
    assert lookup_bank("00001") is None


def test_lookup_branch() -> None:
    assert lookup_branch("0001", "001") == BranchInfo(
        bank_code="0001", code="001", name="東京営業部", kana="トウキヨウ"
    )
    assert lookup_branch("0009", "001") is not None
    assert lookup_branch("0001", "999") is None
    assert lookup_branch("9999", "001") is None
    assert lookup_branch("0001", "1") is None


def test_master_version_names_the_data_date() -> None:
    assert master_version().startswith("1.1.0.")


def test_parse_bank_account() -> None:
    account = parse()
    assert account == BankAccount(
        bank_code="0001",
        branch_code="001",
        account_type=AccountType.ORDINARY,
        number="1234567",
        holder="ﾔﾏﾀﾞ ﾀﾛｳ",
    )
    assert account.masked_number == "****567"
    assert account.key == "0001-001-1234567"


def test_parse_normalises_what_agents_type() -> None:
    account = parse(
        bank_code="０００９",
        branch_code=" ００１ ",
        account_type="当座",
        number="１２３－４５６７",
        holder="やまだ　たろう",
    )
    assert (account.bank_code, account.branch_code) == ("0009", "001")
    assert account.account_type is AccountType.CURRENT
    assert account.number == "1234567"
    assert account.holder == "ﾔﾏﾀﾞ ﾀﾛｳ"


def test_key_ignores_type_and_holder() -> None:
    a = parse()
    b = parse(account_type="savings", holder="ﾀﾛｳ ﾔﾏﾀﾞ")
    assert a.key == b.key and a != b
    assert parse(number="1234568").key != a.key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ordinary", AccountType.ORDINARY),
        ("Ordinary ", AccountType.ORDINARY),
        ("普通", AccountType.ORDINARY),
        ("current", AccountType.CURRENT),
        ("当座", AccountType.CURRENT),
        ("savings", AccountType.SAVINGS),
        ("貯蓄", AccountType.SAVINGS),
        (AccountType.SAVINGS, AccountType.SAVINGS),
    ],
)
def test_account_types(text: str, expected: AccountType) -> None:
    assert parse_account_type(text) is expected


def test_account_type_values_are_stable() -> None:
    assert [t.value for t in AccountType] == ["ordinary", "current", "savings"]
    assert [t.zengin_code for t in AccountType] == ["1", "2", "4"]


@pytest.mark.parametrize("text", ["", "checking", "1", "普通預金", "other"])
def test_invalid_account_type(text: str) -> None:
    with pytest.raises(InvalidAccountType):
        parse(account_type=text)


@pytest.mark.parametrize("code", ["", "1", "001", "00001", "abcd", "０１", "①②③④", "٠٠٠١"])
def test_malformed_bank_code(code: str) -> None:
    with pytest.raises(MalformedBankCode) as info:
        parse(bank_code=code)
    assert "4 digits" in info.value.message


def test_unknown_bank() -> None:
    with pytest.raises(UnknownBank) as info:
        parse(bank_code="9999")
    assert info.value.message == (
        "Bank code 9999 is not in the Zengin bank list. Please check the code with the customer."
    )


@pytest.mark.parametrize("code", ["", "1", "01", "0001", "abc"])
def test_malformed_branch_code(code: str) -> None:
    with pytest.raises(MalformedBranchCode):
        parse(branch_code=code)


def test_unknown_branch() -> None:
    with pytest.raises(UnknownBranch) as info:
        parse(branch_code="999")
    assert info.value.params == {"bank_code": "0001", "branch_code": "999", "bank_name": "みずほ"}
    assert "999" in info.value.message and "みずほ" in info.value.message


@pytest.mark.parametrize(
    "number", ["", "123456", "12345678", "0123456 7", "123456a", "①②③④⑤⑥⑦", "1234.567"]
)
def test_malformed_account_number(number: str) -> None:
    with pytest.raises(MalformedAccountNumber) as info:
        parse(number=number)
    assert "7 digits" in info.value.message


def test_short_number_is_not_zero_padded() -> None:
    with pytest.raises(MalformedAccountNumber):
        parse(number="34567")
    assert parse(number="0034567").number == "0034567"


def test_holder_name_errors() -> None:
    with pytest.raises(InvalidHolderName) as info:
        parse(holder="山田 太郎")
    assert info.value.params == {"character": "山"}
    with pytest.raises(EmptyHolderName):
        parse(holder="  ")


def test_holder_allowed_set_is_passed_through() -> None:
    with pytest.raises(InvalidHolderName):
        parse(holder="ヤマダ・タロウ")
    account = parse_bank_account(
        MIZUHO, TOKYO_EIGYOBU, "ordinary", "1234567", "ヤマダ・タロウ", ZENGIN_CHARSET | {"･"}
    )
    assert account.holder == "ﾔﾏﾀﾞ･ﾀﾛｳ"


def test_errors_are_authdesk_errors() -> None:
    for cls in (
        MalformedBankCode,
        UnknownBank,
        MalformedBranchCode,
        UnknownBranch,
        InvalidAccountType,
        MalformedAccountNumber,
    ):
        assert issubclass(cls, BankAccountError) and issubclass(cls, AuthDeskError)


DIGITS = st.text(alphabet="0123456789０１２３４５６７８９ -", max_size=9)
FIELD = st.one_of(st.text(max_size=12), DIGITS)


@given(
    st.one_of(FIELD, st.sampled_from(["0001", "0005", "0009", "9900"])),
    st.one_of(FIELD, st.sampled_from(["001", "002", "005", "008"])),
    st.one_of(st.text(max_size=10), st.sampled_from(["ordinary", "当座", "savings"])),
    FIELD,
    st.text(max_size=20),
)
def test_arbitrary_fields_raise_only_typed_errors(
    bank: str, branch: str, kind: str, number: str, holder: str
) -> None:
    try:
        account = parse_bank_account(bank, branch, kind, number, holder)
    except (BankAccountError, InvalidHolderName) as exc:
        assert isinstance(exc, AuthDeskError)
        return
    assert lookup_branch(account.bank_code, account.branch_code) is not None
    assert len(account.number) == 7 and account.number.isascii() and account.number.isdigit()
    assert set(account.holder) <= ZENGIN_CHARSET


@given(st.text(max_size=8), st.text(max_size=8))
def test_lookups_never_raise(bank: str, branch: str) -> None:
    lookup_bank(bank)
    lookup_branch(bank, branch)
