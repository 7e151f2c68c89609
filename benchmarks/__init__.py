"""Benchmarks of kalshi-trade against a hand-written httpx client: run `make bench`."""
