"""Documents on paper: letters, the mail room's batches and reports, as A4 PDFs.

Rendered with Qt's own PDF writer and text layout (QtGui only, no widgets, no screen: the
offscreen platform when there is no display), so Japanese text is laid out and embedded with the
same fonts as on screen. The core never imports this package; the GUI and the admin CLI do, and
give it plain data and HTML.
"""
