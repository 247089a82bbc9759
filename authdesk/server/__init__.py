"""The AuthDesk server (shared mode, issue 10): the same core behind HTTPS with client
certificates, so that workstations hold no database credentials and no keys. No Qt."""
