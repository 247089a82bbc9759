"""The supervisor's work: the queue of change requests, their evidence and the decision, and
the notification outbox."""
