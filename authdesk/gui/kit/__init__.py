"""Shared widgets and plumbing for the shell and every feature: the page contract, the session
guard, the background bridge, messages, languages, dates and domain texts. It imports no
feature package and not the shell."""
