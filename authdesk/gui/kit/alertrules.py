"""The names of the alert rules (core.alerts) in the interface language: the alert queue and
the dashboard both show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from authdesk.core.alerts import Rule

translate = QCoreApplication.translate  # lupdate finds calls by this name


def rule_title(rule: Rule) -> str:
    titles = {
        Rule.RECORDS_WITHOUT_CALLS: translate("AlertRules", "Many records opened without calls"),
        Rule.UNMASK_OUTSIDE_CALL: translate("AlertRules", "Unmasked outside a call"),
        Rule.OUT_OF_HOURS: translate("AlertRules", "Activity outside working hours"),
        Rule.NAME_SEARCH_OUTSIDE_CALL: translate("AlertRules", "Name search outside a call"),
        Rule.SHARED_NEW_ACCOUNT: translate("AlertRules", "One new account for several customers"),
        Rule.HOLDER_NAME_MISMATCHES: translate("AlertRules", "Repeated holder-name mismatches"),
        Rule.APPROVER_SHARE: translate("AlertRules",
                                       "One approver for most of an agent's requests"),
        Rule.FAILURES_ON_CUSTOMER: translate("AlertRules", "Wrong codes for one customer"),
        Rule.FAILURES_AT_WORKSTATION: translate("AlertRules", "Wrong codes at one workstation"),
        Rule.CHANGE_AFTER_RESET: translate("AlertRules", "Account change soon after a reset"),
        Rule.NOTICE_FAILED: translate("AlertRules", "A customer notice could not be sent"),
    }
    return titles[rule]


def rule_label(code: str) -> str:
    """A rule's name from its stored code; a code no rule has any more is shown as it is."""
    try:
        return rule_title(Rule(code))
    except ValueError:
        return code
