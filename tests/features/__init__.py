"""tests.features."""
