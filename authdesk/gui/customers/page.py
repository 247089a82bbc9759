"""The agent's screen: take the caller, find their record, verify them, change the withdrawal
account, enroll an authenticator, wrap up. One caller and one customer at a time; the next
action is the focused one.

    [ New caller | Wrap up ]  header: who, factor, verification countdown
    [ search                | tabs: Profile · Verify identity · Change account · Authenticator ]
    [ results               |                                                                   ]

Each new caller starts a clean, unverified screen: the core keeps verifications per call, and
the page asks it (``factors.freshness``, ``requests.creation_gate``) instead of deciding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.calls import CallInfo
from authdesk.core.customers import CustomerProfile, CustomerSummary
from authdesk.core.requests import CreationGate, VerificationNeeded
from authdesk.core.risk import Channel
from authdesk.core.roles import Operation
from authdesk.gui.customers.change import AgentChangeForm
from authdesk.gui.customers.enrol import EnrolPanel
from authdesk.gui.customers.profile import AgentProfilePanel
from authdesk.gui.customers.search import AgentCustomerSearch
from authdesk.gui.customers.verify import AgentVerifyPanel
from authdesk.gui.kit.focus import focus_on
from authdesk.gui.kit.i18n import format_duration
from authdesk.gui.kit.page import PageContext, PageSpec
from authdesk.gui.kit.shortcuts import page_shortcut
from authdesk.gui.kit.texts import factor_state_color, factor_state_label
from authdesk.gui.kit.widgets import FormMessage, Retranslating

translate = QCoreApplication.translate

PROFILE, VERIFY, CHANGE, FACTOR = "profile", "verify", "change", "factor"


@dataclass(frozen=True)
class CustomerRead:
    """One reading of the open customer, all from the core: the record, until when this
    agent's verification in this call is fresh, whether a change request may be opened now,
    and the recent calls."""

    profile: CustomerProfile
    fresh_until: datetime | None
    gate: CreationGate | None
    calls: list[CallInfo]


class AgentPage(Retranslating, QWidget):
    customer_loaded = Signal(object)
    """The open customer's record was (re)read: its ``CustomerProfile``."""
    started_over = Signal()
    """A new caller was taken: the screen was cleared and the search has the focus."""
    gate_read = Signal(object)
    """The core said again whether a change request may be opened (its ``CreationGate``)."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.profile: CustomerProfile | None = None
        self.fresh_until: datetime | None = None
        self.gate: CreationGate | None = None
        self._loading_id: int | None = None
        self._asking_gate = False

        self.search = AgentCustomerSearch(context, self)
        self.search.picked.connect(self.open_customer)

        # The call actions are the window's (menu and shortcuts); here they sit where the
        # agent starts each caller.
        calls = context.calls
        self.new_caller_button = QToolButton(self)
        self.new_caller_button.setObjectName("newCallerButton")
        self.new_caller_button.setDefaultAction(calls.new_caller_action)
        self.new_caller_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_caller_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_caller_menu = QMenu(self.new_caller_button)
        self.new_caller_menu.addAction(calls.new_mail_action)
        self.new_caller_button.setMenu(self.new_caller_menu)
        self.new_caller_button.setStyleSheet("QToolButton { font-weight: 600; padding: 4px; }")
        self.wrap_up_button = QToolButton(self)
        self.wrap_up_button.setObjectName("wrapUpButton")
        self.wrap_up_button.setDefaultAction(calls.wrap_up_action)
        self.wrap_up_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.wrap_up_button.setStyleSheet("QToolButton { padding: 4px; }")
        self.call_state = QLabel(self)
        self.call_state.setObjectName("pageCallState")
        self.call_state.setWordWrap(True)
        calls.taken.connect(self._call_taken)
        calls.wrapped_up.connect(lambda _call: self.reload())
        calls.changed.connect(lambda _call: self._show_call())

        self.header = QFrame(self)
        self.header.setObjectName("customerHeader")
        self.header.setStyleSheet("#customerHeader { border-bottom: 1px solid palette(mid); }")
        self.who = QLabel(self.header)
        self.who.setObjectName("customerWho")
        self.who.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.factor = QLabel(self.header)
        self.factor.setObjectName("customerFactor")
        self.freshness = QLabel(self.header)
        self.freshness.setObjectName("customerFreshness")
        header_row = QHBoxLayout(self.header)
        header_row.setContentsMargins(4, 0, 4, 6)
        header_row.addWidget(self.who, 1)
        header_row.addWidget(self.factor)
        header_row.addSpacing(16)
        header_row.addWidget(self.freshness)

        self.profile_panel = AgentProfilePanel(context, self)
        self.profile_panel.request_opened.connect(self._request_opened)
        self.profile_panel.record_changed.connect(self.reload)  # issue 11: lock, cancellation
        self.verify_panel = AgentVerifyPanel(context, self)
        self.verify_panel.verified.connect(self._verified)
        self.verify_panel.factor_changed.connect(self.reload)
        self.verify_panel.change_requested.connect(lambda: self.show_tab(CHANGE))
        self.verify_panel.new_caller_requested.connect(self._take_this_caller)
        self.change_form = AgentChangeForm(context, self)
        self.change_form.verify_requested.connect(lambda: self.show_tab(VERIFY))
        self.change_form.new_caller_requested.connect(self._take_this_caller)
        self.change_form.submitted.connect(self._sent)
        self.enrol_panel = EnrolPanel(context, self)
        self.enrol_panel.factor_changed.connect(self.reload)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customerTabs")
        self.tab_widgets: dict[str, QWidget] = {PROFILE: self.profile_panel,
                                                VERIFY: self.verify_panel}
        if context.may(Operation.CREATE_REQUEST):
            self.tab_widgets[CHANGE] = self.change_form
        else:
            self.change_form.hide()
        self.tab_widgets[FACTOR] = self.enrol_panel
        for widget in self.tab_widgets.values():
            self.tabs.addTab(widget, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("customerPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 13pt;")
        self.message = FormMessage(self)
        self.message.setObjectName("customerMessage")

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        call_row = QHBoxLayout()
        call_row.addWidget(self.new_caller_button)
        call_row.addWidget(self.wrap_up_button)
        call_row.addStretch(1)
        left_column.addLayout(call_row)
        left_column.addWidget(self.call_state)
        left_column.addSpacing(6)
        left_column.addWidget(self.search, 1)
        for widget in (self.new_caller_button, self.wrap_up_button, self.call_state):
            widget.setVisible(calls.enabled)
        work = QWidget(self)
        work_column = QVBoxLayout(work)
        work_column.setContentsMargins(0, 0, 0, 0)
        work_column.addWidget(self.header)
        work_column.addWidget(self.message)
        work_column.addWidget(self.tabs, 1)
        work_column.addWidget(self.placeholder, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(work)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 870])
        splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.addWidget(splitter)

        self.find_shortcut = page_shortcut(QKeySequence.StandardKey.Find, self,
                                           self.search.focus_query)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.retranslate_ui()
        self._show_customer()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {PROFILE: self.tr("&Profile"), VERIFY: self.tr("&Verify identity"),
                  CHANGE: self.tr("Change &withdrawal account"),
                  FACTOR: self.tr("&Authenticator")}
        for key, widget in self.tab_widgets.items():
            self.tabs.setTabText(self.tabs.indexOf(widget), titles[key])
        self.new_caller_menu.setTitle(self.tr("Other kinds of contact"))
        if self.context.calls.enabled:
            text = self.tr(
                "Take the caller first (New caller, Ctrl+N). Then find the record: type a "
                "customer number, a name in kana or kanji, or a phone number, then press "
                "Enter.\n\nCtrl+F comes back to the search.")
        else:
            text = self.tr(
                "Find the caller's record: type a customer number, a name in kana or kanji, or "
                "a phone number, then press Enter.\n\nCtrl+F comes back to the search.")
        self.placeholder.setText(text)
        self.find_shortcut.setWhatsThis(self.tr("Back to the customer search"))
        self._show_call()
        self._render_header()

    def _show_call(self) -> None:
        calls = self.context.calls
        on_call = calls.current is not None
        self.call_state.setText(calls.status_text())
        # No call yet is the agent's next step here, so it stands out too.
        self.call_state.setStyleSheet("color: #1b5e20; font-weight: 600;" if on_call
                                      else "color: #8d5d00;")

    # -- calls ---------------------------------------------------------------------------------

    def _call_taken(self, _call: CallInfo, keep_screen: bool) -> None:
        """A new caller: nothing of the previous one stays on screen, and nothing is verified
        (the core starts each call unverified). Taken from a customer's screen after the core
        said there was no call, that customer stays, read again for this call."""
        if keep_screen and self.profile is not None:
            self.verify_panel.new_verification()
            self._load(self.profile.id, first=False, then=VERIFY)
            return
        self._loading_id = None  # an answer still on its way belongs to the last caller
        self.profile, self.fresh_until, self.gate = None, None, None
        self.profile_panel.set_calls([])
        self.message.clear_message()
        self.search.start_over()
        self._show_customer()
        self.search.focus_query()
        self.started_over.emit()

    def _take_this_caller(self) -> None:
        self.context.calls.new_caller(Channel.PHONE, keep_screen=True)

    # -- the open customer ---------------------------------------------------------------------

    def page_shown(self) -> None:
        if self.profile is None:
            self.search.focus_query()

    def focus_first(self) -> None:
        """Where the focus goes when the window or this page comes up: the search, or the
        open customer's current step."""
        if self.profile is None:
            self.search.focus_query()
        elif (current := self.tabs.currentWidget()) is not None:
            self._focus_tab(current)

    def _sent(self, _summary: object) -> None:
        """Sent to a supervisor: the record is read again, and the next action is the call's
        wrap-up."""
        self.reload()
        if self.wrap_up_button.isVisible() and self.wrap_up_button.isEnabled():
            focus_on(self.wrap_up_button)

    def open_customer(self, summary: CustomerSummary) -> None:
        """Read the record (an audited view) and this agent's verification of the customer."""
        self._load(summary.id, first=True)

    def reload(self) -> None:
        if self.profile is not None:
            self._load(self.profile.id, first=False)

    def _load(self, customer_id: int, *, first: bool, then: str | None = None) -> None:
        context = self.context
        desk, handle = context.desk, context.handle
        may_verify = context.may(Operation.VERIFY_CUSTOMER)
        may_create = context.may(Operation.CREATE_REQUEST)
        may_see_calls = context.may(Operation.VIEW_CALLS)
        self._loading_id = customer_id

        def read() -> CustomerRead:
            profile = desk.customers.view(handle, customer_id)
            fresh = desk.factors.freshness(handle, customer_id) if may_verify else None
            gate = desk.requests.creation_gate(handle, customer_id) if may_create else None
            calls = (desk.calls.recent_for_customer(handle, customer_id) if may_see_calls
                     else [])
            return CustomerRead(profile, fresh, gate, calls)

        def shown(read: CustomerRead) -> None:
            if self._loading_id != customer_id:
                return
            profile = read.profile
            self.profile, self.fresh_until, self.gate = profile, read.fresh_until, read.gate
            self.search.model.update_factor_state(profile.id, profile.factor_state)
            self.profile_panel.set_calls(read.calls)
            self.message.clear_message()
            self._show_customer()
            if first or then is not None:
                self.show_tab(then or self._next_tab(profile))
            self.customer_loaded.emit(profile)

        self.context.run(read, shown, self.message.show_error, owner=self)

    def _next_tab(self, profile: CustomerProfile) -> str:
        """The obvious next step for this customer."""
        if isinstance(self.gate and self.gate.refusal, VerificationNeeded) or (
                profile.factor_state == "active" and not self._fresh()):
            return VERIFY
        if profile.factor_state in ("none", "pending") and \
                self.context.may(Operation.ENROLL_FACTOR) and \
                not self.context.may(Operation.CREATE_REQUEST):
            return FACTOR
        if CHANGE in self.tab_widgets:
            return CHANGE
        return PROFILE

    def _show_customer(self) -> None:
        profile = self.profile
        has = profile is not None
        self.header.setVisible(has)
        self.tabs.setVisible(has)
        self.placeholder.setVisible(not has)
        self.profile_panel.set_profile(profile)
        self.verify_panel.set_profile(profile, self.fresh_until)
        self.change_form.set_customer(profile, self.gate)
        self.enrol_panel.set_profile(profile)
        self._render_header()

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab_widgets.get(key, self.profile_panel)
        self.tabs.setCurrentWidget(widget)
        self._focus_tab(widget)
        return widget

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is not None:
            self._focus_tab(widget)

    def _focus_tab(self, widget: QWidget) -> None:
        if widget is self.verify_panel:
            self.verify_panel.focus_code()
        elif widget is self.change_form:
            self.change_form.focus_first()
        elif widget is self.enrol_panel and self.enrol_panel.code.isVisible():
            self.enrol_panel.code.setFocus()

    def _request_opened(self, request_id: int) -> None:
        if CHANGE in self.tab_widgets:
            self.change_form.open_request(request_id)
            self.show_tab(CHANGE)

    # -- verification and the gate -------------------------------------------------------------

    def _fresh(self) -> bool:
        return self.fresh_until is not None and self.fresh_until > self.context.desk.clock.now()

    def _verified(self, fresh_until: datetime) -> None:
        self.fresh_until = fresh_until
        self._render_header()
        self.ask_gate()

    def ask_gate(self) -> None:
        """Ask the core again whether a change request may be opened now (after a
        verification, and when the one that kept it open has gone stale)."""
        profile = self.profile
        if profile is None or self._asking_gate or not self.context.may(Operation.CREATE_REQUEST):
            return
        desk, handle, customer_id = self.context.desk, self.context.handle, profile.id
        self._asking_gate = True

        def answered(gate: CreationGate) -> None:
            self._asking_gate = False
            if self.profile is None or self.profile.id != customer_id:
                return
            self.gate = gate
            self.change_form.set_gate(gate)
            self.gate_read.emit(gate)

        def failed(error: BaseException) -> None:
            self._asking_gate = False
            self.message.show_error(error)

        self.context.run(lambda: desk.requests.creation_gate(handle, customer_id), answered,
                         failed, owner=self)

    def tick(self) -> None:
        if self.profile is None:
            return
        now = self.context.desk.clock.now()
        if self.fresh_until is not None and not self._fresh():
            self.fresh_until = None
        gate = self.gate
        if gate is not None and gate.fresh_until is not None and gate.fresh_until <= now:
            self.ask_gate()  # the verification that kept the form open is no longer fresh
        self.verify_panel.tick()
        self._render_header()

    def _render_header(self) -> None:
        profile = self.profile
        if profile is None:
            return
        self.who.setText(f"{profile.name_kanji}（{profile.name_kana}）  {profile.number}")
        state = profile.factor_state
        self.factor.setText(self.tr("Authenticator: {state}").format(
            state=factor_state_label(state)))
        self.factor.setStyleSheet(f"color: {factor_state_color(state)}; font-weight: 600;")
        if self._fresh():
            assert self.fresh_until is not None
            left = (self.fresh_until - self.context.desk.clock.now()).total_seconds()
            self.freshness.setText(self.tr("✓ Verified · {left} left").format(
                left=format_duration(left)))
            self.freshness.setStyleSheet("color: #1b5e20; font-weight: 600; font-size: 12pt;")
        elif state == "active":
            self.freshness.setText(self.tr("Not verified on this call"))
            self.freshness.setStyleSheet("color: #8d5d00; font-weight: 600;")
        else:
            self.freshness.setText("")


PAGES = [
    PageSpec("agent.customers", lambda: translate("AgentPage", "Customers"),
             (Operation.SEARCH_CUSTOMERS,), AgentPage, order=10),
]
