"""Every ```python block of the front pages runs as it stands, offline, in a fresh interpreter.

Blocks that include a section of a script in examples/ (`--8<-- "path:section"`) are expanded
as the docs build expands them. A block that needs a Kalshi key reads it from
`~/.kalshi/demo-key.pem` or `~/.kalshi/prod-key.pem`; the test points `~` at a temporary home
holding a throwaway key there.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "docs" / "index.md", ROOT / "docs" / "getting-started.md"]
FENCE = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)
INCLUDE = re.compile(r'^--8<-- "([^":]+):([\w-]+)"$', re.M)


def expand(block: str) -> str:
    """The block as the built page shows it: each snippet line replaced by its section."""

    def section(match: re.Match[str]) -> str:
        text = (ROOT / match.group(1)).read_text()
        start = f"# --8<-- [start:{match.group(2)}]\n"
        end = f"# --8<-- [end:{match.group(2)}]"
        assert start in text and end in text, match.group(0)
        body = text.split(start, 1)[1].split(end, 1)[0]
        lines = body.splitlines(keepends=True)[:-1]  # the end marker's indentation
        return textwrap.dedent("".join(lines)).rstrip("\n")

    return INCLUDE.sub(section, block)


def blocks() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for number, match in enumerate(FENCE.finditer(page.read_text()), start=1):
            found.append((f"{page.name}#{number}", expand(match.group(1))))
    return found


BLOCKS = blocks()


def test_the_pages_have_blocks_and_snippets_expand() -> None:
    assert len(BLOCKS) >= 7
    for name, code in BLOCKS:
        assert "--8<--" not in code, name
        compile(code, name, "exec")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, private_pem: str) -> Path:
    """A home directory with the key files the blocks name."""
    made = tmp_path_factory.mktemp("home")
    (made / ".kalshi").mkdir()
    for name in ("demo-key.pem", "prod-key.pem"):
        (made / ".kalshi" / name).write_text(private_pem)
        (made / ".kalshi" / name).chmod(0o600)
    return made


@pytest.mark.parametrize(("name", "code"), BLOCKS, ids=[name for name, _ in BLOCKS])
def test_block_runs_as_is(name: str, code: str, home: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI_")}
    env["HOME"] = str(home)
    script = tmp_path / "block.py"
    script.write_text(code)
    result = subprocess.run(
        [sys.executable, "-W", "error::UserWarning", str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, (
        f"the block {name} failed (exit {result.returncode})\n--- block ---\n{code}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )
