"""Turning a feed frame into its typed message.

The models are generated from Kalshi's AsyncAPI spec (`openapi/kalshi-ws.yaml` ->
`kalshi_ws.models`), with the REST models' tolerance: a model's `from_dict` never raises, an
unknown enum value is kept as its string, a field of the wrong type is None with its value
in `additional_properties`. Which model a frame's `type` gets comes from the table the
generator writes (`kalshi_ws._messages.FRAMES`), so it follows the spec, never a hand list.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from kalshi_ws._messages import FRAMES

_MODELS = "kalshi_ws.models."
# JSON type of a frame's `msg`, as the table writes it ("" when the frame has none).
_KINDS: dict[type, str] = {dict: "object", list: "array"}


@dataclass(frozen=True, slots=True)
class UnknownFrame:
    """A frame whose `type` the spec does not name, kept as it came (`frame`)."""

    frame: dict[str, Any] = field(default_factory=dict)
    raw: Any = None  # the value itself, when the frame was not a JSON object

    @property
    def type(self) -> Any:
        """The frame's `type` value (None when it has none)."""
        return self.frame.get("type")

    @property
    def sid(self) -> Any:
        """The frame's `sid` value (None when it has none)."""
        return self.frame.get("sid")

    @property
    def seq(self) -> Any:
        """The frame's `seq` value (None when it has none)."""
        return self.frame.get("seq")

    @property
    def msg(self) -> Any:
        """The frame's `msg` value (None when it has none)."""
        return self.frame.get("msg")

    def __getitem__(self, key: str) -> Any:
        return self.frame[key]


class _MessageTypes(Mapping[str, type[Any]]):
    """Frame type -> model class, each model imported on first use."""

    def __init__(self, frames: tuple[tuple[str, str, str, str, str], ...]) -> None:
        # Every candidate per type, in the table's order: the one named as its type first.
        self.candidates: dict[str, list[tuple[str, str, str]]] = {}
        for frame_type, _name, msg_kind, module, class_name in frames:
            self.candidates.setdefault(frame_type, []).append((msg_kind, module, class_name))
        self._classes: dict[tuple[str, str], type[Any]] = {}

    def model(self, module: str, class_name: str) -> type[Any]:
        """The generated model class `class_name` of module `module` (imported once)."""
        key = (module, class_name)
        cls = self._classes.get(key)
        if cls is None:
            cls = getattr(importlib.import_module(_MODELS + module), class_name)
            self._classes[key] = cls
        return cls

    def __getitem__(self, frame_type: str) -> type[Any]:
        _kind, module, class_name = self.candidates[frame_type][0]
        return self.model(module, class_name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.candidates)

    def __len__(self) -> int:
        return len(self.candidates)


_TABLE = _MessageTypes(FRAMES)
MESSAGE_TYPES: Mapping[str, type[Any]] = _TABLE


def parse_frame(frame: Mapping[str, Any]) -> Any:
    """The typed message for one decoded frame (a dict with `type`, and `sid`/`seq`/`msg`).

    A frame of a type the spec does not name gives an `UnknownFrame`; nothing raises. Where
    two messages share a type (`ok`: a command's reply, and `list_subscriptions`' reply, whose
    `msg` is a list), the shape of `msg` picks the model.
    """
    if frame.__class__ is not dict and not isinstance(frame, Mapping):
        return UnknownFrame(raw=frame)
    frame_type = frame.get("type")
    candidates = _TABLE.candidates.get(frame_type) if frame_type.__class__ is str else None
    if not candidates:
        return UnknownFrame(dict(frame))
    _kind, module, class_name = candidates[0]
    if len(candidates) > 1:
        msg_kind = _KINDS.get(frame.get("msg").__class__, "")
        for kind, other_module, other_class in candidates:
            if kind == msg_kind:
                module, class_name = other_module, other_class
                break
    return _TABLE.model(module, class_name).from_dict(frame)
