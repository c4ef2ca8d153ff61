"""Console entry point: the hot paths (`--version`, a plain `ask`) run without loading Typer.

Typer and its click take about 45 ms to import and build the app, more than a whole `ask` is
allowed (bench/run.py). Everything the fast paths do not fully understand goes to cli.main.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcli.options import Value


def main() -> None:
    """Run factcli; `--version` on a warm cache and a plain `ask` skip building the whole CLI."""
    args = sys.argv[1:]
    if args in (["--version"], ["-V"]) and not os.environ.get("FACTCLI_NO_CACHE"):
        _version()
    if args[:1] == ["ask"] and _is_plain_run():
        from factcli.options import ASK, read_argv

        values = read_argv(ASK, args[1:])
        if values is not None:
            sys.exit(_ask(values))
    from factcli.cli import main as run_cli

    # A completion request also comes with no arguments: it needs every command's options.
    run_cli(top_level_help=args in ([], ["--help"]) and _is_plain_run())


def _version() -> None:
    """Print the version from the cache summary and exit; return when there is none yet."""
    from factcli import __version__
    from factcli.paths import cached_claim_count, default_cache_dir, resolve_data_paths

    env = dict(os.environ)
    paths = resolve_data_paths([], env.get("FACTCLI_DATA"))
    count = cached_claim_count(paths, default_cache_dir(env))
    if count is not None:
        sys.stdout.write(f"factcli {__version__} ({count} claims in the knowledge file)\n")
        sys.exit(0)


def _is_plain_run() -> bool:
    """Not a shell-completion request (`_FACTCLI_COMPLETE`, Typer's `_TYPER_COMPLETE_*`) and
    not FACTCLI_DEBUG, whose tracebacks Typer draws: those go the whole way through Typer."""
    return not os.environ.get("FACTCLI_DEBUG") and not any(
        name.startswith("_") and ("_COMPLETE" in name) for name in os.environ)


def _ask(values: dict[str, Value]) -> int:
    """Run `ask` as cli.py's command would, with the same stderr lines and exit codes."""
    from factcli import commands
    from factcli.errors import ExitCode, FactcliError

    try:
        return commands.ask(**values)  # type: ignore[arg-type]
    except FactcliError as err:  # as cli._Commands.invoke
        sys.stderr.write(err.report() + "\n")
        return err.exit_code
    except BrokenPipeError:  # as cli._Commands.invoke
        commands.silence_stdout()
        return ExitCode.OK
    except KeyboardInterrupt:  # as typer/core.py's _main: 130, nothing on stderr
        return ExitCode.INTERRUPTED
    except EOFError:  # as click: an empty line, then its Abort message
        sys.stderr.write("\nAborted!\n")
        return 1
    except Exception as err:  # as cli.main
        sys.stderr.write(commands.internal_error(err))
        return ExitCode.BUG
