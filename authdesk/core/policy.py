"""Policy values: the one place that says what each figure is, its default and its source.

An administrator may change a value (``PolicyService.set``); the change is validated against the
range here and audited. Everything else reads values through ``Policy``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class PolicySpec:
    default: int
    minimum: int
    maximum: int
    unit: str
    description: str
    source: str


SPECS: dict[str, PolicySpec] = {
    "totp_drift_steps": PolicySpec(
        1, 0, 2, "time steps", "Accepted clock drift either side of now", "RFC 6238 §5.2"
    ),
    "totp_wrong_per_verification": PolicySpec(
        5, 1, 10, "codes", "Wrong codes before one verification is void", "Twilio Verify"
    ),
    "totp_consecutive_failures": PolicySpec(
        10, 3, 100, "codes",
        "Consecutive failures before the factor locks (supervisor unlock only)",
        "privacyIDEA maxfail; NIST SP 800-63B ≤ 100",
    ),
    "verifications_per_hour": PolicySpec(
        5, 1, 50, "verifications", "Verifications started per customer in one hour",
        "Twilio, scaled",
    ),
    "verifications_per_day": PolicySpec(
        10, 1, 100, "verifications", "Verifications started per customer in one day",
        "Twilio, scaled",
    ),
    "stepup_fresh_minutes": PolicySpec(
        15, 1, 60, "minutes", "How long a successful customer step-up stays fresh",
        "Specops Secure Service Desk",
    ),
    "staff_stepup_fresh_minutes": PolicySpec(
        2, 1, 15, "minutes", "How long a staff step-up counts as fresh for an approval",
        "project choice",
    ),
    "activation_letter_days": PolicySpec(
        21, 1, 60, "days", "How long an activation letter's code can activate a factor",
        "NIST SP 800-63-4",
    ),
    "staff_stepup_failures": PolicySpec(
        5, 1, 10, "codes",
        "Wrong confirmation codes in a row before the staff session ends",
        "project choice (DESIGN §3)",
    ),
    "staff_lockout_failures": PolicySpec(
        5, 3, 100, "attempts", "Consecutive failed sign-ins before the account locks",
        "project choice",
    ),
    "staff_lockout_minutes": PolicySpec(
        15, 1, 1440, "minutes", "How long a locked staff account stays locked", "project choice"
    ),
    "staff_idle_minutes": PolicySpec(
        30, 1, 120, "minutes", "Idle time before the session locks", "NIST SP 800-63B AAL2"
    ),
    "staff_absolute_hours": PolicySpec(
        12, 1, 24, "hours", "Absolute session limit", "NIST SP 800-63B AAL2"
    ),
    "cooling_off_hours": PolicySpec(
        72, 0, 720, "hours", "Cooling-off before a new withdrawal account takes effect",
        "project choice",
    ),
    "request_expiry_days": PolicySpec(
        7, 1, 60, "days", "A request left pending expires after", "project choice"
    ),
    "contact_change_window_days": PolicySpec(
        30, 1, 365, "days", "A contact-detail change this recent raises risk", "DESIGN.md §3"
    ),
    "checkpoint_interval_minutes": PolicySpec(
        60, 5, 1440, "minutes", "Signed audit checkpoint at least this often",
        "AWS CloudTrail hourly digests",
    ),
    "retention_years": PolicySpec(7, 7, 30, "years", "Record retention", "Japanese AML rules"),
    # alerts (issue 12; docs/alerts.md): the thresholds of the misconduct and fraud rules
    "alert_bulk_records": PolicySpec(
        15, 2, 500, "customers",
        "Customer records one person opens or unmasks without a call or verification about "
        "them, within the window, before an alert", "project choice",
    ),
    "alert_bulk_window_minutes": PolicySpec(
        60, 5, 1440, "minutes", "Window of the record-access alert", "project choice",
    ),
    "alert_work_start_hour": PolicySpec(
        8, 0, 23, "hour (Japan time)", "Working hours start (activity before is an alert)",
        "project choice",
    ),
    "alert_work_end_hour": PolicySpec(
        21, 1, 24, "hour (Japan time)", "Working hours end (activity from then is an alert)",
        "project choice",
    ),
    "alert_shared_account_days": PolicySpec(
        90, 1, 730, "days",
        "Requests naming one bank account for different customers this close are an alert",
        "project choice",
    ),
    "alert_name_mismatches": PolicySpec(
        3, 2, 50, "requests",
        "Close or no-match holder names from one agent, within the window, before an alert",
        "project choice",
    ),
    "alert_name_mismatch_days": PolicySpec(
        7, 1, 90, "days", "Window of the holder-name alert", "project choice",
    ),
    "alert_approver_share_percent": PolicySpec(
        80, 50, 100, "percent",
        "Share of one agent's approved requests approved by one supervisor before an alert",
        "project choice",
    ),
    "alert_approver_min_requests": PolicySpec(
        5, 2, 100, "requests",
        "Approved requests of the agent in the window before the share counts",
        "project choice",
    ),
    "alert_approver_days": PolicySpec(
        30, 1, 365, "days", "Window of the approver-share alert", "project choice",
    ),
    "alert_failures_per_customer": PolicySpec(
        5, 2, 100, "codes",
        "Wrong codes for one customer within a day before an alert (below the factor's lock)",
        "project choice",
    ),
    "alert_failures_per_workstation": PolicySpec(
        8, 2, 200, "codes", "Wrong codes at one workstation within an hour before an alert",
        "project choice",
    ),
    "alert_change_after_reset_days": PolicySpec(
        14, 1, 90, "days",
        "A request this soon after an authenticator reset or contact change is an alert",
        "project choice (DESIGN §3 risk facts)",
    ),
    # Issue 11, e-mail notices: attempts before an e-mail notice has failed, and the first wait
    # between attempts (each later wait doubles).
    "email_attempts": PolicySpec(
        5, 1, 20, "attempts", "Delivery attempts before an e-mail notice has failed",
        "project choice (RFC 5321 §4.5.4.1 retries for days)",
    ),
    "email_retry_first_minutes": PolicySpec(
        5, 1, 1440, "minutes", "Wait before the second e-mail attempt (each later wait doubles)",
        "project choice (RFC 5321 §4.5.4.1: at least 30 minutes for a relay)",
    ),
}


@dataclass(frozen=True)
class Policy:
    """A snapshot of every policy value, read once per operation."""

    totp_drift_steps: int
    totp_wrong_per_verification: int
    totp_consecutive_failures: int
    verifications_per_hour: int
    verifications_per_day: int
    stepup_fresh_minutes: int
    staff_stepup_fresh_minutes: int
    staff_stepup_failures: int
    activation_letter_days: int
    staff_lockout_failures: int
    staff_lockout_minutes: int
    staff_idle_minutes: int
    staff_absolute_hours: int
    cooling_off_hours: int
    request_expiry_days: int
    contact_change_window_days: int
    checkpoint_interval_minutes: int
    retention_years: int
    # alerts (issue 12)
    alert_bulk_records: int
    alert_bulk_window_minutes: int
    alert_work_start_hour: int
    alert_work_end_hour: int
    alert_shared_account_days: int
    alert_name_mismatches: int
    alert_name_mismatch_days: int
    alert_approver_share_percent: int
    alert_approver_min_requests: int
    alert_approver_days: int
    alert_failures_per_customer: int
    alert_failures_per_workstation: int
    alert_change_after_reset_days: int
    # Issue 11, e-mail notices
    email_attempts: int
    email_retry_first_minutes: int

    @classmethod
    def defaults(cls) -> Policy:
        return cls.from_overrides({})

    @classmethod
    def from_overrides(cls, overrides: dict[str, Any]) -> Policy:
        values = {name: spec.default for name, spec in SPECS.items()}
        values.update({k: int(v) for k, v in overrides.items() if k in SPECS})
        return cls(**values)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


assert set(SPECS) == {f.name for f in fields(Policy)}, "every policy has a spec and a field"
