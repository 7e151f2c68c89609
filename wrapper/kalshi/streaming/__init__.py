"""Kalshi's real-time feed (`/trade-api/ws/v2`)."""
