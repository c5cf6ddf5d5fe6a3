"""adapters.console."""
