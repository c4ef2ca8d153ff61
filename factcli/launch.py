"""Console entry point: `--version` is answered from the cache summary without loading Typer."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Run factcli; a bare `--version` with a warm cache skips building the whole CLI."""
    if sys.argv[1:] in (["--version"], ["-V"]) and not os.environ.get("FACTCLI_NO_CACHE"):
        from factcli import __version__
        from factcli.paths import cached_claim_count, default_cache_dir, resolve_data_paths

        env = dict(os.environ)
        paths = resolve_data_paths([], env.get("FACTCLI_DATA"))
        count = cached_claim_count(paths, default_cache_dir(env))
        if count is not None:
            sys.stdout.write(f"factcli {__version__} ({count} claims in the knowledge file)\n")
            return
    from factcli.cli import main as run_cli

    run_cli()
