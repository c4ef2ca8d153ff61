"""Command bodies without Typer: env, cache, stdin batches and the renderer around one core call.

cli.py's Typer commands and launch.py's fast path both call these, so the two ways in give the
same answers, messages and exit codes. Module tops stay light: `ask` loads match and render
itself, and `--help` pays for none of it.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, BinaryIO

from factcli.errors import ExitCode, InputError
from factcli.output import output_spec

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from factcli.check import Verdict
    from factcli.index import Index
    from factcli.match import Answer, Decline
    from factcli.normalize import Lang
    from factcli.output import Format
    from factcli.render import Renderer

MAX_LINE_BYTES = 64 * 1024


def environment() -> dict[str, str]:
    return dict(os.environ)


def open_index(data: list[str] | None, *, no_cache: bool) -> Index:
    """The index for --data (else FACTCLI_DATA, else the shipped file), cached unless told not."""
    from factcli.cache import CacheSettings, load_index
    from factcli.paths import resolve_data_paths

    paths = resolve_data_paths(data or [], environment().get("FACTCLI_DATA"))
    return load_index(paths, CacheSettings(cache_directory(no_cache=no_cache)))


def cache_directory(*, no_cache: bool) -> Path | None:
    """Where the cache lives, or None when told not to keep one."""
    from factcli.paths import default_cache_dir

    env = environment()
    return None if no_cache or env.get("FACTCLI_NO_CACHE") else default_cache_dir(env)


def make_renderer(fmt: Format | None, no_color: bool) -> Renderer:
    from factcli.render import Renderer

    spec = output_spec(fmt, sys.stdout, environment(), no_color)
    # Progress would be drawn over the answers when both streams share a terminal.
    err_is_terminal = _is_tty(sys.stderr) and not spec.is_terminal
    return Renderer(spec, sys.stdout, sys.stderr, err_is_terminal)


def _is_tty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def answer_lang(value: str | None) -> Lang | None:
    """--lang as a language, or an InputError naming the ones there are."""
    if value is None:
        return None
    if value not in {"en", "zh-hant", "zh-hans"}:
        raise InputError(f"unknown language '{value}' (use en, zh-hant or zh-hans)")
    return value  # type: ignore[return-value]


def _no_op() -> None:
    return None


class LineReader:
    """Lines of stdin as they arrive; bad UTF-8 and over-long lines are reported and skipped.

    A skipped line makes the batch's exit code at least 1: the caller did not get every answer.
    """

    def __init__(self, stream: BinaryIO, renderer: Renderer,
                 max_line_bytes: int = MAX_LINE_BYTES) -> None:
        self.stream = stream
        self.renderer = renderer
        self.max_line_bytes = max_line_bytes
        self.skipped = 0

    def __iter__(self) -> Iterator[str]:
        number = 0
        limit = self.max_line_bytes
        while True:
            raw = self.stream.readline(limit + 1)
            if not raw:
                return
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = self.stream.readline(limit + 1)
                self._skip(f"stdin line {number}: longer than {limit:,} bytes, skipped")
                continue
            try:
                text = raw.decode("utf-8").strip()
            except UnicodeDecodeError:
                self._skip(f"stdin line {number}: invalid UTF-8, skipped")
                continue
            if text:
                yield text

    def _skip(self, message: str) -> None:
        self.skipped += 1
        self.renderer.message(f"factcli: error: {message}")


def read_batch(argument: str,
               renderer: Renderer) -> tuple[Iterator[str] | list[str], LineReader | None]:
    """The one text given, or for '-' the lines of stdin (with the reader that counts skips)."""
    if argument != "-":
        return [argument], None
    reader = LineReader(sys.stdin.buffer, renderer)
    return iter(reader), reader


def ask(question: str, *, top: int, explain: bool, min_score: float | None, lang: str | None,
        fmt: Format | None, data: list[str] | None, no_color: bool, no_cache: bool) -> ExitCode:
    """`factcli ask`: answer the question (or each line of stdin for '-'); the worst exit code."""
    from factcli.match import DEFAULT_MIN_SCORE, answer_question

    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    chosen_lang = answer_lang(lang)
    with _kept_programs(no_cache):
        return _answer_each(question, renderer, index, "answering", lambda text: answer_question(
            index, text, top=top, min_score=threshold, lang=chosen_lang), explain=explain)


def check(statement: str, *, lang: str | None, fmt: Format | None, data: list[str] | None,
          no_color: bool, no_cache: bool) -> ExitCode:
    """`factcli check`: a verdict on the statement (or each line of stdin for '-')."""
    from factcli.check import check_statement

    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    chosen_lang = answer_lang(lang)
    with _kept_programs(no_cache):
        return _answer_each(statement, renderer, index, "checking",
                            lambda text: check_statement(index, text, chosen_lang))


@contextmanager
def _kept_programs(no_cache: bool) -> Iterator[None]:
    """Matching with the regular-expression programs of earlier runs (lazyre.py), keeping
    those it compiles anew for the next run."""
    from factcli.cache import load_programs, store_programs

    directory = cache_directory(no_cache=no_cache)
    load_programs(directory)
    yield
    store_programs(directory)


def _answer_each(argument: str, renderer: Renderer, index: Index, label: str,
                 respond: Callable[[str], Answer | Decline | Verdict], *,
                 explain: bool = False) -> ExitCode:
    """The argument, or each line of stdin for '-', through respond and the renderer, with a
    progress bar for batches; the worst exit code (a skipped stdin line counts as not found)."""
    texts, reader = read_batch(argument, renderer)
    worst = ExitCode.OK
    with renderer.batch(reader is not None), \
            renderer.progress(label, None) if reader else nullcontext(_no_op) as advance:
        for text in texts:
            result = respond(text)
            renderer.render(result, index.kb, explain=explain)
            worst = max(worst, result.exit_code)
            advance()
    if reader is not None and reader.skipped:
        worst = max(worst, ExitCode.NOT_FOUND)
    return worst


def internal_error(err: Exception) -> str:
    """The one line a bug gets on stderr (exit 70), pointing at FACTCLI_DEBUG for the trace."""
    return (f"factcli: internal error: {type(err).__name__}: {err} "
            f"(set FACTCLI_DEBUG=1 for the traceback)\n")


def silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
