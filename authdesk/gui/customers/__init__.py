"""The agent's customer work: search, profile, verification, authenticator enrolment and the
activation letter, the change form and its documents."""
