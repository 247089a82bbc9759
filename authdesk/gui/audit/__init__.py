"""The audit log page and the lazily paged model behind its table."""
