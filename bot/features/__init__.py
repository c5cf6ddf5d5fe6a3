"""bot.features."""
