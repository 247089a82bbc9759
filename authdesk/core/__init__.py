"""The rules of AuthDesk, in plain Python. Nothing here imports Qt (checked by import-linter)."""
