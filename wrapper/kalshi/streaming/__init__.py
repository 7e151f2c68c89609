"""Kalshi's real-time feed (`/trade-api/ws/v2`).

`client.websocket()` opens a session; this package's modules load on first use, so that
`import kalshi` imports neither the session nor the `websockets` library.
"""
