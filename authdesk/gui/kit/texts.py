"""The core's words (states, levels, document types, risk reasons) in the user's language.

The core names things with codes (``FactorState.LOCKED``, ``ReasonCode.FACTOR_LOCKED`` with its
parameters); screens show them translated. Every function here returns the English original for
anything it does not know, so a new core word shows up untranslated rather than disappearing.
No rule lives here.
"""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QCoreApplication

from authdesk.core.risk import EvidenceItem, EvidenceKind, ReasonCode, RiskReason

translate = QCoreApplication.translate  # lupdate finds calls by this name

def factor_state_label(state: str) -> str:
    labels = {
        "none": translate("AgentTexts", "no authenticator"),
        "pending": translate("AgentTexts", "waiting for activation"),
        "active": translate("AgentTexts", "active"),
        "locked": translate("AgentTexts", "LOCKED"),
        "revoked": translate("AgentTexts", "revoked"),
    }
    return labels.get(state, state)


def factor_state_color(state: str) -> str:
    return {"active": "#1b5e20", "locked": "#b00020", "pending": "#8d5d00"}.get(state, "#555555")


def request_status_label(status: str) -> str:
    labels = {
        "draft": translate("AgentTexts", "draft"),
        "pending_approval": translate("AgentTexts", "waiting for approval"),
        "approved": translate("AgentTexts", "approved (cooling-off)"),
        "effective": translate("AgentTexts", "in effect"),
        "rejected": translate("AgentTexts", "rejected"),
        "cancelled": translate("AgentTexts", "cancelled"),
        "expired": translate("AgentTexts", "expired"),
    }
    return labels.get(status, status)


def risk_label(level: str) -> str:
    labels = {
        "low": translate("AgentTexts", "LOW"),
        "medium": translate("AgentTexts", "MEDIUM"),
        "high": translate("AgentTexts", "HIGH"),
    }
    return labels.get(level, level)


def risk_color(level: str) -> str:
    return {"low": "#1b5e20", "medium": "#8d5d00", "high": "#b00020"}.get(level, "#555555")


def name_outcome_label(outcome: str) -> str:
    labels = {
        "match": translate("AgentTexts", "Match"),
        "close": translate("AgentTexts", "Close match"),
        "no_match": translate("AgentTexts", "No match"),
    }
    return labels.get(outcome, outcome)


def name_outcome_color(outcome: str) -> str:
    return {"match": "#1b5e20", "close": "#8d5d00", "no_match": "#b00020"}.get(outcome, "#555555")


def close_rule_label(rule: str | None) -> str:
    if rule is None:
        return ""
    labels = {
        "variant": translate("AgentTexts", "spelling variant (voiced marks, long vowels, "
                                           "ヅ/ズ, ヂ/ジ, ヲ/オ)"),
        "name_order": translate("AgentTexts", "family and given name in the other order"),
        "one_edit": translate("AgentTexts", "one character different"),
    }
    return labels.get(rule, rule)


def document_label(doc_type: str) -> str:
    labels = {
        "my_number_card": translate("AgentTexts", "My Number card"),
        "drivers_licence": translate("AgentTexts", "Driver's licence"),
        "passport": translate("AgentTexts", "Passport"),
        "residence_card": translate("AgentTexts", "Residence card"),
        "health_insurance_card": translate("AgentTexts", "Health insurance card"),
        "bank_account_proof": translate("AgentTexts", "Proof of bank account (cash card, "
                                                      "passbook)"),
    }
    return labels.get(doc_type, doc_type)


def check_label(check: str) -> str:
    labels = {
        "name_matches": translate("AgentTexts", "name"),
        "birth_date_matches": translate("AgentTexts", "date of birth"),
        "address_matches": translate("AgentTexts", "address"),
        "not_expired": translate("AgentTexts", "not expired"),
        "number_well_formed": translate("AgentTexts", "number / check digit"),
        "photo_present": translate("AgentTexts", "photo"),
    }
    return labels.get(check, check)


def account_type_label(account_type: str) -> str:
    labels = {
        "ordinary": translate("AgentTexts", "ordinary (普通)"),
        "current": translate("AgentTexts", "current (当座)"),
        "savings": translate("AgentTexts", "savings (貯蓄)"),
    }
    return labels.get(account_type, account_type)


def channel_label(channel: str) -> str:
    labels = {
        "phone": translate("AgentTexts", "by phone"),
        "mail": translate("AgentTexts", "by mail"),
        "letter": translate("AgentTexts", "letter"),
        "email": translate("AgentTexts", "e-mail"),
    }
    return labels.get(channel, channel)


def call_channel_label(channel: str) -> str:
    """What kind of contact a call was: a phone call, or a mail item in the back office."""
    labels = {
        "phone": translate("AgentTexts", "phone"),
        "mail": translate("AgentTexts", "mail item"),
    }
    return labels.get(channel, channel)


def call_outcome_label(outcome: str | None) -> str:
    """How a call ended (``CallOutcome``); None while it is still open."""
    if outcome is None:
        return translate("AgentTexts", "still open")
    labels = {
        "resolved": translate("AgentTexts", "Resolved"),
        "request_opened": translate("AgentTexts", "Change request opened"),
        "follow_up": translate("AgentTexts", "Follow-up needed"),
        "not_verified": translate("AgentTexts", "Caller could not be verified"),
        "cancelled_change": translate("AgentTexts", "Change cancelled"),
        "transferred": translate("AgentTexts", "Transferred"),
        "other": translate("AgentTexts", "Other"),
        "cut_off": translate("AgentTexts", "Cut off (the session ended)"),
    }
    return labels.get(outcome, outcome)


def notification_kind_label(kind: str) -> str:
    labels = {
        "factor_activation_letter": translate("AgentTexts", "authenticator activation letter"),
        "request.approved": translate("AgentTexts", "change approved"),
        "request.rejected": translate("AgentTexts", "change rejected"),
        "request.cancelled": translate("AgentTexts", "change cancelled"),
        "account.changed": translate("AgentTexts", "withdrawal account changed"),
        # Issue 11: the factor and contact notices
        "factor.activated": translate("AgentTexts", "authenticator activated"),
        "factor.locked": translate("AgentTexts", "authenticator locked"),
        "factor.unlocked": translate("AgentTexts", "authenticator unlocked"),
        "factor.reenrolled": translate("AgentTexts", "authenticator enrolled again"),
        "contact.changed": translate("AgentTexts", "contact details changed"),
    }
    return labels.get(kind, kind)


def notification_status_label(status: str) -> str:
    labels = {
        "queued": translate("AgentTexts", "to be sent"),
        "sent": translate("AgentTexts", "sent"),
        "failed": translate("AgentTexts", "failed"),
    }
    return labels.get(status, status)


def contact_field_label(field: str) -> str:
    labels = {
        "address": translate("AgentTexts", "address"),
        "postal_code": translate("AgentTexts", "postal code"),
        "phone": translate("AgentTexts", "phone number"),
        "email": translate("AgentTexts", "e-mail address"),
    }
    return labels.get(field, field)


def verification_method_label(method: str) -> str:
    if method == "6-digit code from the customer's authenticator app (TOTP step-up)":
        return translate("AgentTexts", "6-digit code from the customer's authenticator app "
                                       "(TOTP step-up)")
    return method


# --- Risk reasons and required evidence -------------------------------------------------------
# The core gives codes with parameters; each code has its sentence here. Counts are shown as
# "label: n" so one English source reads right for 1 and for many.


def risk_reason_text(reason: RiskReason) -> str:
    """A risk reason in the user's language; a reason stored as English text before reasons had
    codes is shown as it was written."""
    match reason.code:
        case ReasonCode.CONTACT_CHANGED_RECENTLY:
            labels = [contact_field_label(f) for f in reason.fields_param("fields")]
            fields = translate("AgentTexts", "{first} and {last}").format(
                first=translate("AgentTexts", ", ").join(labels[:-1]), last=labels[-1]
            ) if len(labels) > 1 else "".join(labels)
            sentence = translate("AgentTexts", "The customer's {fields} changed in the last "
                                               "{days} days; fraud often starts with a contact "
                                               "change.")
            return sentence.format(fields=fields, days=reason.int_param("days"))
        case ReasonCode.RECENT_FAILED_VERIFICATIONS:
            void = reason.int_param("void_verifications")
            sentence = (translate("AgentTexts", "Wrong authenticator codes in the last {days} "
                                                "days: {wrong}; verifications made void: {void}.")
                        if void else
                        translate("AgentTexts", "Wrong authenticator codes in the last {days} "
                                                "days: {wrong}."))
            return sentence.format(days=reason.int_param("days"),
                                   wrong=reason.int_param("wrong_codes"), void=void)
        case ReasonCode.FACTOR_LOCKED:
            return translate("AgentTexts", "The customer's authenticator is locked after "
                                           "repeated wrong codes.")
        case ReasonCode.RECENT_FACTOR_RESET:
            return translate("AgentTexts", "The customer's authenticator was unlocked, revoked or "
                                           "re-enrolled in the last {days} days.").format(
                days=reason.int_param("days"))
        case ReasonCode.CLOSE_NAME_MATCH:
            return translate("AgentTexts", "The account holder name is only a close match to the "
                                           "registered name.")
        case ReasonCode.ACCOUNT_IN_OTHER_CUSTOMERS_REQUESTS:
            return translate("AgentTexts", "The new account is named in another customer's "
                                           "change request.")
        case ReasonCode.ACCOUNT_IN_OWN_REFUSED_REQUESTS:
            return translate("AgentTexts", "The new account was in an earlier request of this "
                                           "customer that was rejected, cancelled or expired.")
        case ReasonCode.OTHER_RECENT_REQUESTS:
            return translate("AgentTexts", "Other change requests of this customer in the last "
                                           "{days} days: {count}.").format(
                days=reason.int_param("days"), count=reason.int_param("requests"))
        case ReasonCode.NO_ACTIVE_FACTOR:
            return translate("AgentTexts", "The customer has no active authenticator, so "
                                           "documents and a call-back to the registered phone "
                                           "are needed.")
        case ReasonCode.MAIL_REQUEST:
            return translate("AgentTexts", "The request came by mail, so documents and a "
                                           "call-back to the registered phone are needed.")
        case ReasonCode.NOTHING_UNUSUAL:
            return translate("AgentTexts", "Nothing unusual was found.")
        case ReasonCode.RECORDED_TEXT:
            return reason.str_param("text")
        case _:
            assert_never(reason.code)


def evidence_text(item: EvidenceItem) -> str:
    """A piece of required evidence in the user's language, for the checklist."""
    match item.kind:
        case EvidenceKind.FRESH_STEP_UP:
            return translate("AgentTexts", "a fresh authenticator code from the customer, checked "
                                           "by the agent who opened the request")
        case EvidenceKind.CALLBACK:
            return translate("AgentTexts", "a call-back to the customer's registered phone "
                                           "number")
        case EvidenceKind.PHOTO_ID:
            return translate("AgentTexts", "a photo ID that passed every check")
        case EvidenceKind.STRONG_DOCUMENTS if item.count <= 1:
            if item.photo_id:
                return translate("AgentTexts", "a photo ID that passed every check")
            return translate("AgentTexts", "a strong identity document that passed every check "
                                           "(two non-photo documents of different kinds count "
                                           "as one)")
        case EvidenceKind.STRONG_DOCUMENTS:
            return (translate("AgentTexts", "{count} strong identity documents that passed every "
                                            "check, one of them a photo ID (two non-photo "
                                            "documents of different kinds count as one)")
                    if item.photo_id else
                    translate("AgentTexts", "{count} strong identity documents that passed every "
                                            "check (two non-photo documents of different kinds "
                                            "count as one)")).format(count=item.count)
        case EvidenceKind.BANK_ACCOUNT_PROOF:
            return translate("AgentTexts", "a proof of the new bank account that passed every "
                                           "check")
        case _:
            assert_never(item.kind)
