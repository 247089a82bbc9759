"""The agent's screen: find the caller's record, verify them, change the withdrawal account,
enroll an authenticator. One customer at a time; the next action is the focused one.

    [ search | header: who, factor, verification countdown                    ]
    [ results| tabs: Profile · Verify identity · Change account · Authenticator ]
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.customers import CustomerProfile, CustomerSummary
from authdesk.core.roles import Operation
from authdesk.gui.customers.change import AgentChangeForm
from authdesk.gui.customers.enrol import EnrolPanel
from authdesk.gui.customers.profile import AgentProfilePanel
from authdesk.gui.customers.search import AgentCustomerSearch
from authdesk.gui.customers.verify import AgentVerifyPanel
from authdesk.gui.kit.i18n import format_duration
from authdesk.gui.kit.page import PageContext, PageSpec
from authdesk.gui.kit.texts import factor_state_color, factor_state_label
from authdesk.gui.kit.widgets import FormMessage, Retranslating

translate = QCoreApplication.translate

PROFILE, VERIFY, CHANGE, FACTOR = "profile", "verify", "change", "factor"


class AgentPage(Retranslating, QWidget):
    customer_loaded = Signal(object)
    """The open customer's record was (re)read: its ``CustomerProfile``."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.profile: CustomerProfile | None = None
        self.fresh_until: datetime | None = None
        self._loading_id: int | None = None

        self.search = AgentCustomerSearch(context, self)
        self.search.picked.connect(self.open_customer)

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
        self.verify_panel = AgentVerifyPanel(context, self)
        self.verify_panel.verified.connect(self._verified)
        self.verify_panel.factor_changed.connect(self.reload)
        self.verify_panel.change_requested.connect(lambda: self.show_tab(CHANGE))
        self.change_form = AgentChangeForm(context, self)
        self.change_form.verify_requested.connect(lambda: self.show_tab(VERIFY))
        self.change_form.submitted.connect(lambda _s: self.reload())
        self.enrol_panel = EnrolPanel(context, self)
        self.enrol_panel.factor_changed.connect(self.reload)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customerTabs")
        self.tab_widgets: dict[str, QWidget] = {PROFILE: self.profile_panel,
                                                VERIFY: self.verify_panel}
        if context.actor.may(Operation.CREATE_REQUEST):
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

        work = QWidget(self)
        work_column = QVBoxLayout(work)
        work_column.setContentsMargins(0, 0, 0, 0)
        work_column.addWidget(self.header)
        work_column.addWidget(self.message)
        work_column.addWidget(self.tabs, 1)
        work_column.addWidget(self.placeholder, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.search)
        splitter.addWidget(work)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 870])
        splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.addWidget(splitter)

        self.find_shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        self.find_shortcut.activated.connect(self.search.focus_query)
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
        self.placeholder.setText(self.tr(
            "Find the caller's record: type a customer number, a name in kana or kanji, or a "
            "phone number, then press Enter.\n\nCtrl+F comes back to the search."))
        self._render_header()

    # -- the open customer ---------------------------------------------------------------------

    def page_shown(self) -> None:
        if self.profile is None:
            self.search.focus_query()

    def open_customer(self, summary: CustomerSummary) -> None:
        """Read the record (an audited view) and this agent's verification of the customer."""
        self._load(summary.id, first=True)

    def reload(self) -> None:
        if self.profile is not None:
            self._load(self.profile.id, first=False)

    def _load(self, customer_id: int, *, first: bool) -> None:
        desk, actor = self.context.desk, self.context.actor
        self._loading_id = customer_id

        def read() -> tuple[CustomerProfile, datetime | None]:
            profile = desk.customers.view(actor, customer_id)
            fresh = (desk.factors.freshness(actor, customer_id)
                     if actor.may(Operation.VERIFY_CUSTOMER) else None)
            return profile, fresh

        def shown(result: tuple[CustomerProfile, datetime | None]) -> None:
            if self._loading_id != customer_id:
                return
            profile, fresh = result
            self.profile, self.fresh_until = profile, fresh
            self.search.model.update_factor_state(profile.id, profile.factor_state)
            self.message.clear_message()
            self._show_customer()
            if first:
                self.show_tab(self._next_tab(profile))
            self.customer_loaded.emit(profile)

        self.context.run(read, shown, self.message.show_error, owner=self)

    def _next_tab(self, profile: CustomerProfile) -> str:
        """The obvious next step for this customer."""
        if profile.factor_state == "active" and not self._fresh():
            return VERIFY
        if profile.factor_state in ("none", "pending") and \
                self.context.actor.may(Operation.ENROLL_FACTOR) and \
                not self.context.actor.may(Operation.CREATE_REQUEST):
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
        self.change_form.set_customer(profile, self.fresh_until)
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

    # -- verification --------------------------------------------------------------------------

    def _fresh(self) -> bool:
        return self.fresh_until is not None and self.fresh_until > self.context.desk.now()

    def _verified(self, fresh_until: datetime) -> None:
        self.fresh_until = fresh_until
        self.change_form.set_fresh_until(fresh_until)
        self._render_header()

    def tick(self) -> None:
        if self.profile is None:
            return
        if self.fresh_until is not None and not self._fresh():
            self.fresh_until = None
            self.change_form.set_fresh_until(None)
        self.verify_panel.tick()
        self.change_form.tick()
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
            left = (self.fresh_until - self.context.desk.now()).total_seconds()
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
