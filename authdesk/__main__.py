"""``python -m authdesk``: the desktop app, as the ``authdesk`` command starts it."""

import sys

from authdesk.gui.shell.app import main

sys.exit(main())
