"""Post-generation step of `make generate`: what the generator itself does not write.

- `py.typed`, so type checkers read the generated package (`--meta none` writes none);
- `_spec.json`, the normalized spec in compact JSON, for the simulator's request validation.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def main(out: str) -> int:
    """Complete the generated package at out."""
    package = Path(out)
    (package / "py.typed").write_text("")
    spec = yaml.safe_load((HERE / "kalshi.yaml").read_text())
    text = json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    (package / "_spec.json").write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
