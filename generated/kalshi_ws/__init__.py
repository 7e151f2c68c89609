"""The feed's message models, generated from openapi/kalshi-ws.yaml."""
