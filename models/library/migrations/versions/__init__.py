"""The migration scripts, one revision each, oldest first by ``down_revision``."""
