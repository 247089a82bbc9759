"""The evidence pack of one change request: what was checked, by whom and when, each fact tied
to the audit event that recorded it, with the proof that those events are intact.

A pack is three files written together (docs/audit-format.md §5.2):

* ``FILE.jsonl``: the chain segment, every event from the request's first event to the signed
  checkpoint that covers its newest, in the export format of §5 (so other customers' events in
  between are in it too, masked as the log holds them: the chain cannot be proven with holes);
* ``FILE.jsonl.manifest.json``: the export manifest (filter ``from_seq``), signed, with an
  ``evidence`` member naming the request, the events its lines cite and its facts;
* ``FILE.pdf``: the same for people, rendered by the adapter (``render``; the core has no Qt).

The checkpoint is the first one at or after the newest event of the request signed by the
current key, so the segment stays short; when there is none yet (a request still waiting), one
is taken. Writing a pack is audited (``report.evidence.exported``) in the transaction that puts
the files in place: no files without the event, no event without the files.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action, action_of
from authdesk.core.audit import CheckpointInfo, format_ts
from authdesk.core.auditlog import ExportFailed, Manifest, export_record
from authdesk.core.auditquery import AuditFilter, page
from authdesk.core.authority import Principal
from authdesk.core.errors import InvalidInput
from authdesk.core.exportverify import manifest_message
from authdesk.core.kernel import Kernel
from authdesk.core.keys import key_id_of
from authdesk.core.masking import MASK, mask_name
from authdesk.core.reference import (
    ReferenceKind,
    notice_reference,
    parse_reference,
    request_reference,
)
from authdesk.core.requests import RequestDetail, RequestNotFound, RequestService
from authdesk.core.roles import Operation
from authdesk.storage.models import AuditCheckpoint, AuditEvent, Call, ChangeRequest, Customer

PACK_FORMAT = "authdesk-evidence-pack"
PACK_VERSION = 1
CHECKPOINT_REASON = "evidence pack"
_PAGE = 2000
# A call's own events (taken, closed) name no customer; they are looked for by subject within
# the call's time, with this much slack either side.
_CALL_SLACK = timedelta(minutes=1)

# Which part of the pack an event belongs to, in the order the pack shows them.
SECTIONS = ("request", "call", "verification", "documents", "callback", "risk", "approval",
            "notices", "cooling_off", "outcome", "views", "other")
_SECTION_OF: dict[Action, str] = {
    Action.REQUEST_CREATED: "request",
    Action.REQUEST_REFUSED: "request",
    Action.CALL_TAKEN: "call",
    Action.CALL_CLOSED: "call",
    Action.TOTP_VERIFICATION_STARTED: "verification",
    Action.TOTP_VERIFICATION_REFUSED: "verification",
    Action.TOTP_VERIFICATION_SUCCEEDED: "verification",
    Action.TOTP_VERIFICATION_FAILED: "verification",
    Action.TOTP_VERIFICATION_REPLAYED: "verification",
    Action.DOCUMENT_CHECKED: "documents",
    Action.REQUEST_CALLBACK_RECORDED: "callback",
    Action.REQUEST_SUBMITTED: "risk",
    Action.REQUEST_APPROVED: "approval",
    Action.REQUEST_REJECTED: "approval",
    Action.NOTIFICATION_SENT: "notices",
    Action.NOTIFICATION_FAILED: "notices",
    Action.REQUEST_CANCELLED: "cooling_off",
    Action.REQUEST_EXPIRED: "outcome",
    Action.REQUEST_EFFECTIVE: "outcome",
    Action.CUSTOMER_ACCOUNT_CHANGED: "outcome",
    Action.REQUEST_VIEWED: "views",
    Action.REPORT_EVIDENCE_EXPORTED: "views",
}


@dataclass(frozen=True)
class PackLine:
    """One audit event of the request, as the pack cites it."""

    seq: int
    ts: str  # the event's ts text (UTC, docs/audit-format.md §1)
    actor: str
    role: str
    workstation: str
    action: str
    outcome: str
    details: dict[str, Any]  # as stored (personal data masked by the writer)
    hash: str
    prev_hash: str
    section: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "ts": self.ts, "actor": self.actor, "role": self.role,
                "workstation": self.workstation, "action": self.action,
                "outcome": self.outcome, "section": self.section, "hash": self.hash}


@dataclass(frozen=True)
class Fact:
    """One thing the pack states about the request (``key`` names it; screens and the PDF
    label it), with the events that record it."""

    key: str
    value: str
    seqs: tuple[int, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "events": list(self.seqs)}


@dataclass(frozen=True)
class EvidencePack:
    request_id: int
    reference: str
    customer_number: str
    status: str
    facts: tuple[Fact, ...]
    lines: tuple[PackLine, ...]
    checkpoint: dict[str, Any]  # seq, head_hash, ts, signature, key_id, public_key
    segment_from: int
    segment_count: int
    manifest: Manifest
    jsonl_name: str
    made_at: str
    made_by: str

    @property
    def cited(self) -> list[int]:
        return [line.seq for line in self.lines]

    def section(self, name: str) -> list[PackLine]:
        return [line for line in self.lines if line.section == name]

    def plain(self) -> dict[str, Any]:
        """The pack as plain data (texts, numbers, lists, dicts), for a renderer that must not
        import the core (authdesk.printing.evidence)."""
        return {
            "reference": self.reference, "request_id": self.request_id,
            "customer": self.customer_number, "status": self.status,
            "made_at": self.made_at, "made_by": self.made_by,
            "sections": list(SECTIONS),
            "facts": [fact.as_dict() for fact in self.facts],
            "lines": [{**line.as_dict(), "details": line.details} for line in self.lines],
            "checkpoint": dict(self.checkpoint), "segment_from": self.segment_from,
            "segment_count": self.segment_count, "jsonl": self.jsonl_name,
            "file_sha256": self.manifest.file_sha256,
            "manifest_signature": self.manifest.signature,
            "database_id": self.manifest.database_id,
        }


@dataclass(frozen=True)
class PackFiles:
    pdf: Path | None
    jsonl: Path
    manifest: Path
    pack: EvidencePack


def request_id_of(text: str) -> int:
    """A request's id from what a person types: ``17`` or its reference ``R0000017-3``."""
    cleaned = (text or "").strip()
    if cleaned.isascii() and cleaned.isdigit():
        number = int(cleaned)
        if number < 1:
            raise InvalidInput(field="request", reason="a request number starts at 1")
        return number
    ref = parse_reference(cleaned)
    if ref.kind is not ReferenceKind.REQUEST:
        raise InvalidInput(field="request", reason="this is a notice's reference (N…), not a "
                                                   "request's (R…)")
    return ref.id


def jsonl_path(out: Path) -> Path:
    """``FILE.pdf`` -> ``FILE.jsonl`` (a name without ``.pdf`` gets ``.jsonl`` added)."""
    return out.with_suffix(".jsonl") if out.suffix.lower() == ".pdf" else (
        out.with_name(out.name + ".jsonl"))


def manifest_path_of(jsonl: Path) -> Path:
    return jsonl.with_name(jsonl.name + ".manifest.json")


def _masked_person(name: str) -> str:
    """'山田 太郎' -> '山田 •••' (the family name, as audit details show a customer)."""
    for space in (" ", "\u3000"):
        if space in name.strip():
            family = name.strip().split(space, 1)[0]
            return f"{family} {MASK * 3}"
    return mask_name(name)


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _section(action: str) -> str:
    known = action_of(action)
    return _SECTION_OF.get(known, "other") if known is not None else "other"


class EvidencePackService:
    def __init__(self, kernel: Kernel, requests: RequestService) -> None:
        self.kernel = kernel
        self.requests = requests

    def write(self, handle: Principal, request: int | str, out: Path, *,
              render: Callable[[dict[str, Any]], bytes] | None = None) -> PackFiles:
        """Write the pack of ``request`` (an id or a reference): ``out`` (the PDF that
        ``render`` makes from ``EvidencePack.plain()``, when given), ``FILE.jsonl`` and its
        manifest beside it."""
        request_id = request if isinstance(request, int) else request_id_of(request)
        jsonl = jsonl_path(out)
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.EXPORT_EVIDENCE)
            row, customer, call = self._rows(s, request_id)
            newest = max((e.seq for e in self._related(s, row, customer, call, None)),
                         default=None)
            cp = self._covering(s, newest) if newest is not None else None
        if cp is None:
            with self.kernel.write() as s:
                actor = self.kernel.authorize(s, handle, Operation.EXPORT_EVIDENCE)
                cp = self.kernel.checkpoint(s, actor, CHECKPOINT_REASON)
        with self.kernel.read() as s:
            actor = self.kernel.authorize(s, handle, Operation.EXPORT_EVIDENCE)
            row, customer, call = self._rows(s, request_id)
            events = self._related(s, row, customer, call, cp.seq)
            detail = self.requests.detail_for_pack(s, row, customer)
            lines = tuple(PackLine(seq=e.seq, ts=format_ts(e.ts), actor=e.actor, role=e.role,
                                   workstation=e.workstation, action=e.action,
                                   outcome=e.outcome, details=_details(e.details), hash=e.hash,
                                   prev_hash=e.prev_hash, section=_section(e.action))
                          for e in events)
            facts = tuple(_facts(detail, lines, customer))
            status, customer_number = str(row.status), customer.number
        first = lines[0].seq if lines else cp.seq
        partial = jsonl.with_name(jsonl.name + ".partial")
        pdf_partial = out.with_name(out.name + ".partial")
        try:
            count, sha, head_hash = self._write_segment(partial, first, cp.seq)
            reference = request_reference(request_id)
            manifest = Manifest(
                file=jsonl.name, file_format="jsonl", file_sha256=sha, count=count,
                first_seq=first if count else None, last_seq=cp.seq if count else None,
                head_hash=head_hash, complete=False, filter={"from_seq": str(first)},
                checkpoint={**cp.as_dict(), "public_key": self.kernel.keys.public_key_hex},
                database_id=self.kernel.installation_id, exported_at=format_ts(self.kernel.now()),
                exported_by=actor.username, workstation=actor.workstation,
                extra={"evidence": {
                    "format": PACK_FORMAT, "version": PACK_VERSION, "request": reference,
                    "request_id": request_id, "customer": customer_number,
                    "status": status, "events": [line.seq for line in lines],
                    "lines": [line.as_dict() for line in lines],
                    "facts": [fact.as_dict() for fact in facts],
                }},
            )
            manifest = replace(manifest, signature=self.kernel.keys.sign(
                manifest_message(manifest.unsigned())).hex())
            pack = EvidencePack(
                request_id=request_id, reference=reference, customer_number=customer_number,
                status=status, facts=facts, lines=lines,
                checkpoint=manifest.checkpoint, segment_from=first, segment_count=count,
                manifest=manifest, jsonl_name=jsonl.name, made_at=manifest.exported_at,
                made_by=actor.username)
            pdf_sha = None
            if render is not None:
                data = render(pack.plain())
                _write_new(pdf_partial, data)
                pdf_sha = hashlib.sha256(data).hexdigest()
            self._publish(handle, pack, partial, jsonl, pdf_partial if render else None, out,
                          pdf_sha)
        except OSError as exc:
            raise ExportFailed(path=str(out), reason=exc.strerror or type(exc).__name__) from None
        finally:
            partial.unlink(missing_ok=True)
            pdf_partial.unlink(missing_ok=True)
        return PackFiles(pdf=out if render else None, jsonl=jsonl,
                         manifest=manifest_path_of(jsonl), pack=pack)

    # -- gathering -----------------------------------------------------------------------------

    @staticmethod
    def _rows(s: Session, request_id: int) -> tuple[ChangeRequest, Customer, Call | None]:
        row = s.get(ChangeRequest, request_id)
        if row is None:
            raise RequestNotFound(key=request_reference(request_id) if 0 < request_id < 10**7
                                  else str(request_id))
        customer = s.get(Customer, row.customer_id)
        assert customer is not None  # foreign key
        call = s.get(Call, row.call_id) if row.call_id is not None else None
        return row, customer, call

    def _related(self, s: Session, row: ChangeRequest, customer: Customer, call: Call | None,
                 upto: int | None) -> list[AuditEvent]:
        """The request's events: its own, its call's, the verifications done in that call,
        and the documents, notices and account change that name it."""
        where = [AuditEvent.customer == customer.number]
        if call is not None:
            end = call.closed_at or self.kernel.now()
            where.append(and_(AuditEvent.subject == f"call:{call.id}",
                              AuditEvent.ts >= call.opened_at - _CALL_SLACK,
                              AuditEvent.ts <= end + _CALL_SLACK))
        query = select(AuditEvent).where(or_(*where))
        if upto is not None:
            query = query.where(AuditEvent.seq <= upto)
        candidates = list(s.scalars(query.order_by(AuditEvent.seq)))
        subject, call_subject = f"request:{row.id}", f"call:{call.id}" if call else None
        call_id = call.id if call else None
        parsed = [(e, _details(e.details)) for e in candidates]
        verifications: set[Any] = {row.verification_id} if row.verification_id else set()
        if call_id is not None:
            verifications |= {d.get("verification") for e, d in parsed
                              if e.action in (Action.TOTP_VERIFICATION_STARTED,)
                              and d.get("call") == call_id}
        verifications.discard(None)
        return [e for e, d in parsed
                if e.subject in (subject, call_subject)
                or d.get("request") == row.id
                or (d.get("verification") in verifications)
                or (call_id is not None and d.get("call") == call_id)]

    def _covering(self, s: Session, newest: int) -> CheckpointInfo | None:
        """The first checkpoint at or after ``newest`` signed by the current key."""
        key_id = key_id_of(self.kernel.keys.public_key_hex)
        found = s.scalars(select(AuditCheckpoint)
                          .where(AuditCheckpoint.seq >= newest, AuditCheckpoint.key_id == key_id)
                          .order_by(AuditCheckpoint.seq, AuditCheckpoint.id).limit(1)).first()
        return CheckpointInfo.of(found) if found is not None else None

    # -- writing -------------------------------------------------------------------------------

    def _write_segment(self, partial: Path, first: int, last: int) -> tuple[int, str, str | None]:
        """Every event ``first`` .. ``last`` in the export's JSONL form: count, SHA-256 and the
        last event's hash."""
        sha = hashlib.sha256()
        count, head_hash, after = 0, None, first - 1
        with partial.open("wb") as fh:
            while True:
                with self.kernel.read() as s:
                    rows = page(s, AuditFilter(), after_seq=after, before_seq=last + 1,
                                limit=_PAGE)
                    records = [export_record(r) for r in rows]
                if not records:
                    break
                data = b"".join((json.dumps(r, ensure_ascii=False, separators=(",", ":"))
                                 + "\n").encode("utf-8") for r in records)
                sha.update(data)
                fh.write(data)
                count += len(records)
                after, head_hash = records[-1]["seq"], records[-1]["hash"]
            fh.flush()
            os.fsync(fh.fileno())
        return count, sha.hexdigest(), head_hash

    def _publish(self, handle: Principal, pack: EvidencePack, partial: Path, jsonl: Path,
                 pdf_partial: Path | None, out: Path, pdf_sha: str | None) -> None:
        """Move the files into place inside the transaction that records the pack."""
        target = manifest_path_of(jsonl)
        staged = target.with_name(target.name + ".partial")
        manifest = pack.manifest
        try:
            staged.write_text(json.dumps(manifest.as_dict(), ensure_ascii=False, indent=2) + "\n",
                              encoding="utf-8")
            with self.kernel.write() as s:
                actor = self.kernel.authorize(s, handle, Operation.EXPORT_EVIDENCE)
                details: dict[str, Any] = {
                    "request": pack.request_id, "reference": pack.reference,
                    "customer": pack.customer_number, "file": jsonl.name,
                    "from_seq": pack.segment_from, "checkpoint_seq": pack.checkpoint["seq"],
                    "count": manifest.count, "events": len(pack.lines),
                    "file_sha256": manifest.file_sha256}
                if pdf_partial is not None:
                    details.update(pdf=out.name, pdf_sha256=pdf_sha)
                self.kernel.record(s, actor, Action.REPORT_EVIDENCE_EXPORTED,
                                   subject=f"request:{pack.request_id}", details=details)
                moved: list[Path] = []
                try:
                    for source, dest in ((staged, target), (partial, jsonl),
                                         *(((pdf_partial, out),) if pdf_partial else ())):
                        os.replace(source, dest)
                        moved.append(dest)
                except OSError:
                    for dest in moved:
                        dest.unlink(missing_ok=True)
                    raise
        finally:
            staged.unlink(missing_ok=True)


def _write_new(path: Path, data: bytes) -> None:
    """Readable by this account only, like every file the printing package writes."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


# -- the facts -----------------------------------------------------------------------------------


def _seqs(lines: Iterable[PackLine], *actions: Action, **match: Any) -> tuple[int, ...]:
    names = {a.value for a in actions}
    return tuple(line.seq for line in lines
                 if (action_of(line.action) or line.action) in names
                 and all(line.details.get(k) == v for k, v in match.items()))


def _when(moment: datetime | None) -> str:
    return format_ts(moment) if moment is not None else ""


def _facts(detail: RequestDetail, lines: tuple[PackLine, ...], customer: Customer) -> list[Fact]:
    """What the pack states, in the order of SECTIONS, each with the events that record it."""
    summary = detail.summary
    facts = [
        Fact("request", request_reference(summary.id), _seqs(lines, Action.REQUEST_CREATED)),
        Fact("status", str(summary.status)),
        Fact("customer", f"{customer.number} {_masked_person(customer.name_kanji)}"),
        Fact("channel", str(summary.channel)),
        Fact("requester", summary.requester, _seqs(lines, Action.REQUEST_CREATED)),
        Fact("created_at", _when(summary.created_at), _seqs(lines, Action.REQUEST_CREATED)),
        Fact("new_account", _account(summary.account), _seqs(lines, Action.REQUEST_CREATED)),
    ]
    if detail.old_account is not None:
        facts.append(Fact("old_account", _account(detail.old_account)))
    facts.append(Fact("call", ", ".join(f"{line.action} {line.ts}" for line in lines
                                        if line.section == "call") or "-",
                      tuple(line.seq for line in lines if line.section == "call")))
    verification = detail.verification
    if verification is not None:
        facts.append(Fact("verification", f"{verification.method}; {verification.agent}; "
                          f"{_when(verification.succeeded_at)}",
                          _seqs(lines, Action.TOTP_VERIFICATION_SUCCEEDED,
                                verification=verification.id)))
    tries = _seqs(lines, Action.TOTP_VERIFICATION_FAILED, Action.TOTP_VERIFICATION_REPLAYED,
                  Action.TOTP_VERIFICATION_REFUSED)
    if tries:
        facts.append(Fact("verification_failures", str(len(tries)), tries))
    for doc in detail.documents:
        checks = ", ".join(f"{name}={'ok' if ok else ('n/a' if ok is None else 'NG')}"
                           for name, ok in doc.checks.items())
        facts.append(Fact("document", f"{doc.doc_type}; {'passed' if doc.passed else 'failed'}"
                          f"; {'strong' if doc.strong else 'weak'}; {checks}; {doc.checked_by} "
                          f"{_when(doc.checked_at)}",
                          _seqs(lines, Action.DOCUMENT_CHECKED, document=doc.id)))
    if detail.callback is not None:
        facts.append(Fact("callback", f"{detail.callback.phone}; {detail.callback.by} "
                          f"{_when(detail.callback.at)}",
                          _seqs(lines, Action.REQUEST_CALLBACK_RECORDED)))
    match = detail.name_match
    facts.append(Fact("name_match", str(match.outcome) + (f" ({match.reason})" if match.reason
                                                          else ""),
                      _seqs(lines, Action.REQUEST_CREATED)))
    submitted = _seqs(lines, Action.REQUEST_SUBMITTED)
    facts.append(Fact("risk", str(detail.risk_level), submitted))
    facts.extend(Fact("risk_reason", reason.text, submitted) for reason in detail.risk_reasons)
    decision = detail.decision
    if decision is not None:
        facts.append(Fact("decision", f"{summary.status}; {decision.by} {_when(decision.at)}"
                          + (f"; {decision.reason}" if decision.reason else ""),
                          _seqs(lines, Action.REQUEST_APPROVED, Action.REQUEST_REJECTED)))
    for notice in detail.notifications:
        facts.append(Fact("notice", f"{notice_reference(notice.id)} {notice.channel} "
                          f"{notice.kind}; {notice.status}; {notice.destination}"
                          + (f"; {_when(notice.sent_at)}" if notice.sent_at else ""),
                          _seqs(lines, Action.NOTIFICATION_SENT, Action.NOTIFICATION_FAILED,
                                notification=notice.id)))
    if decision is not None and decision.effective_at is not None:
        facts.append(Fact("cooling_off", f"{_when(decision.at)} - {_when(decision.effective_at)}",
                          _seqs(lines, Action.REQUEST_APPROVED)))
    cancelled = _seqs(lines, Action.REQUEST_CANCELLED)
    if cancelled:
        facts.append(Fact("cancelled", "yes", cancelled))
    facts.append(Fact("outcome", str(summary.status),
                      _seqs(lines, Action.REQUEST_EFFECTIVE, Action.CUSTOMER_ACCOUNT_CHANGED,
                            Action.REQUEST_EXPIRED, Action.REQUEST_CANCELLED,
                            Action.REQUEST_REJECTED)))
    return facts


def _account(account: Any) -> str:
    return (f"{account.bank_code} {account.bank_name} / {account.branch_code} "
            f"{account.branch_name} / {account.account_type} {account.account_number} / "
            f"{mask_name(account.holder)}")
