"""Kalshi Trade API SDK."""
