"""The supervisors' alert queue (issue 12): the alerts the core's rules raise, explained, with
the events behind them, acknowledged or escalated with a note."""
