"""The desktop app (PySide6 widgets). It asks the core and shows the answer; no rules, no SQL.

One package per feature, above a shared kit and below the shell (import-linter keeps it so):

- ``shell``      the application: ``app.main()``, which window is up (``controller``), first run,
                 sign-in, the idle lock, the main window, the page registry (``pages``), the
                 shared ``context``, the demo panel
- ``customers``  the agent's customer work: search, profile, verification, enrolment and the
                 activation letter, the change form and its documents
- ``approvals``  the supervisor's queue, evidence, decision, and the notification outbox
- ``audit``      the audit log page and its lazy model
- ``admin``      staff accounts, policies, keys
- ``kit``        what every feature uses: the page contract (``page``), the session guard and the
                 session handle (``session``), the open call (``calls``), the background bridge,
                 messages, languages and dates, shared widgets and texts

Features never import each other; they import the kit, and the shell imports them by name.
"""
