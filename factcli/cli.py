"""Typer app: parse, call one core function, render, turn errors into exit codes.

No `from __future__ import annotations` here: Typer reads the command signatures at start-up,
and real annotation objects spare it an eval() per parameter on every run.
"""


import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from factcli import __version__, commands, options
from factcli.commands import (
    environment,
    internal_error,
    make_renderer,
    open_index,
    silence_stdout,
)
from factcli.errors import ExitCode, FactcliError, InputError
from factcli.output import Format

if TYPE_CHECKING:
    from factcli.index import Index


class _Commands(TyperGroup):
    """Turns FactcliError into its one-line report and exit code, for CliRunner and users alike."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except FactcliError as err:
            sys.stderr.write(err.report() + "\n")
            raise typer.Exit(err.exit_code) from None
        except BrokenPipeError:
            # The reader went away (`| head -1`): that is not a failed lookup, so exit quietly
            # with success before click's own handler turns it into exit 1.
            silence_stdout()
            raise typer.Exit(ExitCode.OK) from None


app = typer.Typer(cls=_Commands, pretty_exceptions_show_locals=False, add_completion=True,
                  no_args_is_help=True, rich_markup_mode=None,
                  help="Sourced, bilingual answers about Hong Kong universities.",
                  epilog='Examples: factcli ask "How many unicorns does HKUST have?"  '
                         'factcli ask "理大有幾多個科研項目？"  factcli compare hkust polyu  '
                         'factcli check "HKUST has 9 unicorns"')


def _complete_entities(incomplete: str) -> list[str]:
    return [e for e in _completion_index().kb.entities if e.startswith(incomplete.lower())]


def _complete_metrics(incomplete: str) -> list[str]:
    return sorted({c.metric for c in _completion_index().kb.claims
                   if c.metric.startswith(incomplete)})


def _complete_topics(incomplete: str) -> list[str]:
    return sorted({c.topic for c in _completion_index().kb.claims
                   if c.topic.startswith(incomplete)})


def _complete_claims(incomplete: str) -> list[str]:
    return [c.id for c in _completion_index().kb.claims if c.id.startswith(incomplete)]


def _completion_index() -> "Index":
    return open_index(None, no_cache=False)


def _option(spec: options.Option, **typer_only: Any) -> Any:
    """The Typer option for a shared declaration (options.py, which the fast path reads too)."""
    bounds = {"min": spec.low, "max": spec.high} if spec.kind in {"int", "float"} else {}
    return typer.Option(*spec.flags, help=spec.help, **bounds, **typer_only)


FormatOpt = Annotated[Format | None, _option(options.FORMAT, show_default=False)]
DataOpt = Annotated[list[str] | None, _option(options.DATA, show_default=False)]
NoColorOpt = Annotated[bool, _option(options.NO_COLOR)]
NoCacheOpt = Annotated[bool, _option(options.NO_CACHE)]
LangOpt = Annotated[str | None, _option(options.LANG, show_default=False)]
EntityOpt = Annotated[str | None, typer.Option(
    "--entity", "-e", help="Only this entity (any alias).", autocompletion=_complete_entities)]
TopicOpt = Annotated[str | None, typer.Option("--topic", "-t", help="Only this topic.",
                                              autocompletion=_complete_topics)]
MetricOpt = Annotated[str | None, typer.Option("--metric", "-m", help="Only this metric.",
                                               autocompletion=_complete_metrics)]


def _version(value: bool) -> None:
    if value:
        from factcli.cache import CacheSettings, claim_count, default_cache_dir
        from factcli.paths import resolve_data_paths

        env = environment()
        try:
            claims = claim_count(resolve_data_paths([], env.get("FACTCLI_DATA")),
                                 CacheSettings(default_cache_dir(env)))
            sys.stdout.write(f"factcli {__version__} ({claims} claims in the knowledge file)\n")
        except FactcliError:
            sys.stdout.write(f"factcli {__version__} (knowledge file invalid)\n")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", "-V", callback=_version, is_eager=True,
        help="Print the version and the knowledge file's claim count.")] = False) -> None:
    """Sourced, bilingual answers about Hong Kong universities (HKUST, PolyU, HKU)."""


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, or '-' to read one per line "
                                                 "from stdin.")],
    top: Annotated[int, _option(options.TOP)] = 1,
    explain: Annotated[bool, _option(options.EXPLAIN)] = False,
    min_score: Annotated[float | None, _option(options.MIN_SCORE)] = None,
    lang: LangOpt = None, fmt: FormatOpt = None, data: DataOpt = None,
    no_color: NoColorOpt = False, no_cache: NoCacheOpt = False,
) -> None:
    """Answer a question in English or Chinese from the knowledge file, with its source.

    Examples:

      factcli ask "How many unicorns does HKUST have?"

      factcli ask "科大有幾多間獨角獸？"

      factcli ask "理大有多少科研项目" --format json

      factcli ask - --format jsonl < questions.txt
    """
    raise typer.Exit(commands.ask(question, top=top, explain=explain, min_score=min_score,
                                  lang=lang, fmt=fmt, data=data, no_color=no_color,
                                  no_cache=no_cache))


@app.command()
def check(
    statement: Annotated[str, typer.Argument(help="The statement, or '-' for one per line "
                                                  "from stdin.")],
    lang: LangOpt = None, fmt: FormatOpt = None, data: DataOpt = None,
    no_color: NoColorOpt = False, no_cache: NoCacheOpt = False,
) -> None:
    """Hold a statement against the record: supported, contradicted, outdated, or not found.

    Examples:

      factcli check "HKUST has 9 unicorns"

      factcli check "科大有超過1800間初創公司"

      factcli check "PolyU has over 3,000 research projects" --format claimreview
    """
    raise typer.Exit(commands.check(statement, lang=lang, fmt=fmt, data=data,
                                    no_color=no_color, no_cache=no_cache))


@app.command()
def compare(
    entities: Annotated[list[str], typer.Argument(help="Two or more entities (any alias).",
                                                  autocompletion=_complete_entities)],
    topic: TopicOpt = None, metric: MetricOpt = None,
    common: Annotated[bool, typer.Option("--common", help="Only metrics every entity has.")]
    = False,
    chart: Annotated[bool, typer.Option("--chart", help="Bars for numeric rows (terminal).")]
    = False,
    fmt: FormatOpt = None, data: DataOpt = None, no_color: NoColorOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """Lay entities side by side, one row per metric, newest value each.

    Examples:

      factcli compare hkust polyu

      factcli compare 科大 理大 --common --format json

      factcli compare hkust polyu hku --topic rankings --chart
    """
    from factcli.compare import build_comparison

    renderer = make_renderer(fmt, no_color)
    comparison = build_comparison(open_index(data, no_cache=no_cache), entities, topic=topic,
                                  metric=metric, common=common, chart=chart)
    renderer.render(comparison)
    raise typer.Exit(comparison.exit_code)


@app.command(name="list")
def list_claims(
    entity: EntityOpt = None, topic: TopicOpt = None, metric: MetricOpt = None,
    source: Annotated[str | None, typer.Option("--source", "-s", help="Only this source id.")]
    = None,
    fmt: FormatOpt = None, data: DataOpt = None, no_color: NoColorOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """List claims, filtered by entity, topic, metric or source.

    Examples:

      factcli list --entity hkust --topic rankings

      factcli list --entity 理大 --format csv > polyu.csv
    """
    from factcli.browse import filter_claims
    from factcli.listing import ClaimList

    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    claims = filter_claims(index, entity, topic, metric, source)
    renderer.render(ClaimList(index.kb, claims))
    raise typer.Exit(ExitCode.OK if claims else ExitCode.NOT_FOUND)


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(help="A claim id (see factcli list).",
                                            autocompletion=_complete_claims)],
    fmt: FormatOpt = None, data: DataOpt = None, no_color: NoColorOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """Show one claim in full: value, time, statements, quote, note, source.

    Example:

      factcli show hkust-unicorns-2025-05
    """
    from factcli.browse import find_claim
    from factcli.listing import ClaimList

    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    renderer.render(ClaimList(index.kb, (find_claim(index.kb, claim_id),), detailed=True))


@app.command()
def export(
    fmt: FormatOpt = None, data: DataOpt = None, no_cache: NoCacheOpt = False,
) -> None:
    """Dump every claim joined with its entity and source (json, jsonl, csv, tsv).

    Example:

      factcli export --format jsonl | jq -r .statement_en
    """
    from factcli.listing import ClaimList

    chosen = fmt or Format.JSONL
    renderer = make_renderer(Format.JSONL if chosen is Format.TABLE else chosen, True)
    index = open_index(data, no_cache=no_cache)
    renderer.render(ClaimList(index.kb, index.kb.claims))


@app.command()
def entities(
    fmt: FormatOpt = None, data: DataOpt = None, no_color: NoColorOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """List the entities with their English and Chinese names.

    Example:

      factcli entities --format csv
    """
    from factcli.listing import EntityList

    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    counts = {entity_id: len(ids) for entity_id, ids in index.entity_claims.items()}
    renderer.render(EntityList(tuple(index.kb.entities.values()), counts))


@app.command()
def sources(
    fmt: FormatOpt = None, data: DataOpt = None, no_color: NoColorOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """List the source documents the claims come from.

    Example:

      factcli sources
    """
    from collections import Counter

    from factcli.listing import SourceList

    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    counts = Counter(claim.source for claim in index.kb.claims)
    renderer.render(SourceList(tuple(index.kb.sources.values()), dict(counts)))


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Knowledge files or directories (default: as --data).")] = None,
    fmt: FormatOpt = None, data: DataOpt = None,
) -> None:
    """Check knowledge files: every problem as FILE:LINE:COL, exit 2 if any.

    Examples:

      factcli validate

      factcli validate my-claims.yaml
    """
    from factcli.listing import ValidationReport
    from factcli.loader import expand_paths, load_knowledge, resolve_data_paths

    renderer = make_renderer(fmt, True)
    targets = list(paths) if paths else resolve_data_paths(data or [],
                                                           environment().get("FACTCLI_DATA"))
    kb = load_knowledge(targets)
    renderer.render(ValidationReport(tuple(map(str, expand_paths(targets))), len(kb.sources),
                                     len(kb.entities), len(kb.claims)))


@app.command()
def verify(
    sources_dir: Annotated[Path, typer.Option(
        "--sources", help="Directory holding the source documents named by each source's "
                          "'file'.")],
    fmt: FormatOpt = None, data: DataOpt = None, no_cache: NoCacheOpt = False,
) -> None:
    """Prove every claim: its quote stands verbatim in its source, its value reads from the quote.

    Example:

      factcli verify --sources ../shared/seeds
    """
    from factcli.loader import read_source_document
    from factcli.verify import verify_claims

    if not sources_dir.is_dir():
        raise InputError(f"no such directory: {sources_dir}")
    renderer = make_renderer(fmt, True)
    index = open_index(data, no_cache=no_cache)
    sources = list(index.kb.sources.values())
    documents: dict[str, str | None] = {}
    with renderer.progress("reading sources", len(sources)) as advance:
        for source in sources:
            documents[source.file] = read_source_document(sources_dir, source.file)
            advance()
    report = verify_claims(index.kb, documents)
    renderer.render(report)
    raise typer.Exit(report.exit_code)


@app.command()
def coverage(
    sources_dir: Annotated[Path, typer.Option(
        "--sources", help="Directory holding the source documents.")],
    min_share: Annotated[float | None, typer.Option(
        "--min", min=0.0, max=100.0, help="Exit 1 when total coverage is below this percentage.")]
    = None,
    fmt: FormatOpt = None, data: DataOpt = None, no_color: NoColorOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """Find the figures in the source documents that no claim holds as a value.

    Example:

      factcli coverage --sources ../shared/seeds --min 97
    """
    from factcli.coverage import measure_coverage
    from factcli.loader import read_source_document

    if not sources_dir.is_dir():
        raise InputError(f"no such directory: {sources_dir}")
    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    documents = {s.file: read_source_document(sources_dir, s.file)
                 for s in index.kb.sources.values()}
    report = measure_coverage(index.kb, documents, None if min_share is None else min_share / 100)
    renderer.render(report)
    raise typer.Exit(report.exit_code)


@app.command()
def draft(
    document: Annotated[Path, typer.Argument(help="The new source document (UTF-8 text).")],
    source_id: Annotated[str, typer.Option("--source-id", help="The id its claims will cite.")],
    fmt: FormatOpt = None, data: DataOpt = None, no_cache: NoCacheOpt = False,
) -> None:
    """Print YAML claim stubs for each figure in a document that no claim holds yet.

    Never writes into the knowledge files: redirect the output, fill every FILL, then run
    validate and verify.

    Example:

      factcli draft report.txt --source-id polyu-annual-2024 > drafts.yaml
    """
    from factcli.draft import draft_claims

    try:
        text = document.read_bytes().decode("utf-8")
    except OSError as err:
        raise InputError(f"cannot read {document}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{document} is not valid UTF-8") from None
    renderer = make_renderer(Format.JSON if fmt in {Format.JSON, Format.JSONL} else None, True)
    result = draft_claims(open_index(data, no_cache=no_cache), text, source_id, document.name)
    renderer.render(result)


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier knowledge file or directory.")],
    new: Annotated[Path, typer.Argument(help="The later knowledge file or directory.")],
    fmt: FormatOpt = None, no_color: NoColorOpt = False,
) -> None:
    """Show claims added, removed and changed, metrics whose newest value moved, and claims
    that became outdated.

    Example:

      factcli diff old-data/ data/
    """
    from factcli.diff import diff_knowledge
    from factcli.loader import load_knowledge

    renderer = make_renderer(fmt, no_color)
    result = diff_knowledge(load_knowledge([old]), load_knowledge([new]))
    renderer.render(result)
    raise typer.Exit(result.exit_code)


@app.command(name="eval")
def evaluate_questions(
    questions: Annotated[Path, typer.Argument(help="Question set (YAML): questions: "
                                                   "[{question, category, expect}].")],
    min_accuracy: Annotated[float | None, typer.Option(
        "--min-accuracy", min=0.0, max=1.0, help="Exit 1 below this overall accuracy.")] = None,
    fmt: FormatOpt = None, data: DataOpt = None, no_color: NoColorOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """Run a question set and report accuracy per category, misses and a confusion summary.

    Example:

      factcli eval tests/questions/test.yaml
    """
    from factcli.evaluate import evaluate
    from factcli.loader import load_questions

    renderer = make_renderer(fmt, no_color)
    index = open_index(data, no_cache=no_cache)
    report = evaluate(index, load_questions(questions), min_accuracy)
    renderer.render(report)
    raise typer.Exit(report.exit_code)


def _listing_app() -> typer.Typer:
    """The app as its top-level help shows it: every command by name and help, none of their
    parameters (reading each command's signature was most of `factcli --help`'s own time). A
    test holds its help equal to the whole app's."""
    from copy import copy

    listing = copy(app)
    listing.registered_commands = []
    for info in app.registered_commands:
        entry = copy(info)
        entry.callback = _without_parameters(info.callback)  # type: ignore[arg-type]
        listing.registered_commands.append(entry)
    return listing


def _without_parameters(callback: Any) -> Any:
    def command() -> None:
        raise AssertionError("the listing app only shows help")  # pragma: no cover

    command.__name__, command.__doc__ = callback.__name__, callback.__doc__
    return command


def main(top_level_help: bool = False) -> None:
    """Console entry point: one line and exit 70 for a bug (FACTCLI_DEBUG=1 shows the traceback).

    top_level_help: the command line asks for nothing but the list of commands (`factcli`,
    `factcli --help`)."""
    try:
        (_listing_app() if top_level_help else app)()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(ExitCode.OK)
    except SystemExit:
        raise
    except Exception as err:
        if os.environ.get("FACTCLI_DEBUG"):
            raise
        sys.stderr.write(internal_error(err))
        sys.exit(ExitCode.BUG)

