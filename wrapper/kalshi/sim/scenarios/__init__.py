"""Scenarios shipped with the simulator: `default.json` is the catalog it lists unless told."""
