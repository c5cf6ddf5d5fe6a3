"""bot.store."""
