"""The desktop app (PySide6 widgets). It asks the core and shows the answer; no rules, no SQL.

- ``app``          ``main()``: configuration, database, keys, then the first window
- ``controller``   which window is up: first run, sign-in, or the main window
- ``firstrun``, ``signin``, ``lock``, ``session``   getting in, staying in, the idle lock
- ``mainwindow``, ``pages``   the main window and its pluggable pages (one per feature)
- ``admin_pages``, ``audit_page`` + ``audit_model``, ``agent_*``, ``supervisor_*``   the pages
- ``background``   the one way to run core calls off the GUI thread
- ``messages``     every refusal in the user's language; ``i18n`` languages and dates
- ``widgets``, ``qr``, ``demo_panel``, ``resources``   shared pieces
"""
