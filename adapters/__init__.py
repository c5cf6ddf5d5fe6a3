"""Adapters translate a platform's events into engine invocations and render its replies."""
