"""tests.adapters."""
