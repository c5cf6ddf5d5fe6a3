"""Rebound's platform-neutral core: commands, rules, store and scheduler. Never imports a chat SDK."""
