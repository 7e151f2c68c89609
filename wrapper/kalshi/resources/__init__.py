"""API resources, one module each; clients attach them on first use."""
