"""Review for supervisors and auditors (issue 12): the 30-day dashboard and the look-back
report."""
