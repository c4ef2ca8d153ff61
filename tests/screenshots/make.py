"""Pictures of what a person sees: real factcli commands on an 80-column terminal, as SVG.

Run `python tests/screenshots/make.py` to regenerate them; tests/screenshots/test_screenshots.py
fails when a committed picture differs from what the commands print today.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIDTH = 80
SHOTS = {
    "ask-en": 'factcli ask "How many unicorns does HKUST have?"',
    "ask-zh": 'factcli ask "理大有幾多個科研項目？"',
    "compare-chart": "factcli compare hkust polyu --common --metric research_projects --chart",
    "check": 'factcli check "HKUST has 9 unicorns"',
}


def render_svg(command: str) -> str:
    """Run the command as on a colour terminal and return Rich's SVG of the screen."""
    from rich.console import Console
    from rich.text import Text
    from typer.testing import CliRunner

    from factcli.cli import app

    env = {"FORCE_COLOR": "1", "COLUMNS": str(WIDTH), "FACTCLI_NO_CACHE": "1"}
    result = CliRunner().invoke(app, shlex.split(command)[1:], env=env)
    console = Console(record=True, width=WIDTH, force_terminal=True, color_system="truecolor",
                      file=open("/dev/null", "w"))  # noqa: SIM115 (the recording is what we keep)
    console.print(f"$ {command}", style="bold", soft_wrap=True)
    console.print(Text.from_ansi(result.output), end="")
    return console.export_svg(title="factcli", unique_id=name_for(command))


def name_for(command: str) -> str:
    return next(name for name, cmd in SHOTS.items() if cmd == command)


def main() -> int:
    for name, command in SHOTS.items():
        (HERE / f"{name}.svg").write_text(render_svg(command), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
