"""Turning a feed frame into its typed message.

Interface in place before the feed's models are generated from Kalshi's AsyncAPI spec:
`parse_frame` returns the frame's dict until the generated models replace it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def parse_frame(frame: Mapping[str, Any]) -> Any:
    """The typed message for one decoded frame (a dict with `type`, and `sid`/`seq`/`msg`)."""
    return dict(frame)
