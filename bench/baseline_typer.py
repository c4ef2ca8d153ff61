"""Start-up baseline: the smallest Typer app (installed Typer) with one subcommand that echoes."""

import sys

import typer

app = typer.Typer(add_completion=False)


@app.callback()
def _main() -> None:
    """A group, so that `echo` is a subcommand as in factcli."""


@app.command()
def echo(text: str) -> None:
    """Print the text."""
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    app()
