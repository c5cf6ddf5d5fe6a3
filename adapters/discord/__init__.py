"""adapters.discord."""
