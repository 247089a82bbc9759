"""The administrator's pages: staff accounts, policies, keys."""
