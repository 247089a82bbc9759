"""Shared mode's client: the workstation's ``RemoteDesk``, which calls the AuthDesk server over
HTTPS with the workstation's certificate, and the wire both sides speak (issue 10). No Qt."""
