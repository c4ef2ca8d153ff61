"""Knowledge files → model, every problem as path:line:col; source documents for verify."""

from __future__ import annotations

import difflib
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from factcli.errors import KnowledgeFileError, Problem
from factcli.model import (
    Bilingual,
    Claim,
    Entity,
    KnowledgeBase,
    Metric,
    Period,
    Qualifier,
    Source,
    Title,
)

# Re-exported: callers find the data paths where the knowledge files are read.
from factcli.paths import expand_paths as expand_paths
from factcli.paths import resolve_data_paths as resolve_data_paths
from factcli.paths import shipped_data_dir as shipped_data_dir

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from factcli.evaluate import QuestionCase

MAX_FILE_BYTES = 32 * 1024 * 1024
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CLAIM_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")
_ENTITY_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_METRIC_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_STANDARD_TAGS = {f"tag:yaml.org,2002:{name}" for name in
                  ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
_STR_TAG = "tag:yaml.org,2002:str"
_TOP_LEVEL = ("sources", "entities", "metrics", "claims")


@dataclass(slots=True)
class FileRecords:
    """What one knowledge file holds, before cross-file checks."""

    path: str
    sources: list[Source] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


class Reference(NamedTuple):
    """A claim's or entity's pointer to another record, checked once every file is read.

    NamedTuple, not a frozen dataclass: a cold build makes 300,000 of them at 100,000 claims,
    and a frozen dataclass sets each field through object.__setattr__.
    """

    kind: str
    target: str
    origin: str
    # Further places in the same file that name the same target: a file's cache keeps one
    # reference a target (filecache.py).
    also: tuple[str, ...] = ()


@dataclass(slots=True)
class _Node:
    """A YAML value with where it stood."""

    value: Any
    line: int
    col: int
    key_line: int | None = None
    key_col: int | None = None


_REFUSED = object()  # a value already reported (a bad tag, an alias): present, but not usable
MAX_NESTING = 64

def read_text(path: Path, problems: list[Problem]) -> str | None:
    """A knowledge file's text, or None with the reason recorded."""
    raw = read_bytes(path, problems)
    return decode_text(str(path), raw, problems) if raw is not None else None


def read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    """A knowledge file's bytes, or None with the reason recorded (a cache keyed by them need
    not decode them)."""
    name = str(path)
    try:
        if path.is_dir():
            problems.append(Problem(name, None, None, "is a directory, expected a YAML file"))
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(name, None, None,
                                    f"file is too large ({size:,} bytes; the limit is "
                                    f"{MAX_FILE_BYTES:,})"))
            return None
        return path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(name, None, None, "no such file or directory"))
        return None
    except PermissionError:
        problems.append(Problem(name, None, None, "permission denied"))
        return None
    except OSError as err:
        problems.append(Problem(name, None, None, err.strerror or "cannot be read"))
        return None


def decode_text(name: str, raw: bytes, problems: list[Problem]) -> str | None:
    """A knowledge file's bytes as text, or None with the reason recorded."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        col = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        problems.append(Problem(name, line, col, "file is not valid UTF-8"))
        return None
    if not text.strip():
        problems.append(Problem(name, None, None, "file is empty"))
        return None
    return text


def parse_file(path: str, text: str) -> FileRecords:
    """Parse and validate one knowledge file's text; problems are collected, never raised."""
    records = FileRecords(path)
    root = _compose(path, text, records.problems)
    if root is None:
        return records
    if not isinstance(root.value, dict):
        records.problems.append(Problem(path, root.line, root.col,
                                        "expected a mapping with sources, entities, claims"))
        return records
    checker = _Checker(path, records.problems, records.references)
    for key, node in root.value.items():
        if key not in _TOP_LEVEL:
            checker.unknown(key, node, _TOP_LEVEL)
            continue
        if not isinstance(node.value, list):
            checker.problem(node, f"'{key}' must be a list")
            continue
        for item in node.value:
            record = checker.record(key, item)
            if record is None:
                continue
            if isinstance(record, Source):
                records.sources.append(record)
            elif isinstance(record, Entity):
                records.entities.append(record)
            elif isinstance(record, Metric):
                records.metrics.append(record)
            else:
                records.claims.append(record)
    return records


class Linker:
    """Cross-file checks (duplicate ids, dangling references) as files arrive, one at a time:
    a streaming build keeps each claim's id and origin here, not the claim."""

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.entities: dict[str, Entity] = {}
        self.metrics: dict[str, Metric] = {}
        self._claim_origins: dict[str, str] = {}
        self._file_problems: list[Problem] = []
        self._duplicates: list[Problem] = []
        # References to ids not seen yet; checked again once every file is in.
        self._pending: list[Reference] = []

    @property
    def failed(self) -> bool:
        return bool(self._file_problems or self._duplicates)

    def add(self, records: FileRecords, claims: Iterable[tuple[str, str]]) -> None:
        """One file's records; claims are its claims' (id, origin) pairs."""
        self._file_problems.extend(records.problems)
        for kind, items, table in (("source", records.sources, self.sources),
                                   ("entity", records.entities, self.entities),
                                   ("metric", records.metrics, self.metrics)):
            for item in items:
                if item.id in table:
                    self._duplicate(kind, item.id, item.origin, table[item.id].origin)
                else:
                    table[item.id] = item  # type: ignore[assignment]
        origins = self._claim_origins
        for claim_id, origin in claims:
            first = origins.get(claim_id)
            if first is None:
                origins[claim_id] = origin
            else:
                self._duplicate("claim", claim_id, origin, first)
        tables = self._tables()
        self._pending.extend(reference for reference in records.references
                             if reference.target not in tables[reference.kind])

    def finish(self) -> None:
        """Raise KnowledgeFileError with every problem of every file, in file order."""
        problems = self._file_problems + self._duplicates
        tables = self._tables()
        for reference in self._pending:
            table = tables[reference.kind]
            if reference.target in table:
                continue
            hint = "; declare it under 'metrics'" if reference.kind == "metric" else ""
            message = _dangling(reference.kind, reference.target, table) + hint
            problems.extend(_at(origin, message) for origin in (reference.origin, *reference.also))
        if problems:
            problems.sort(key=lambda p: (p.path, p.line or 0, p.col or 0))
            raise KnowledgeFileError(problems)

    def _duplicate(self, kind: str, item_id: str, origin: str, first: str) -> None:
        self._duplicates.append(_at(origin, f"duplicate {kind} id '{item_id}' "
                                            f"(first defined at {first})"))

    def _tables(self) -> dict[str, dict[str, Any]]:
        return {"entity": self.entities, "source": self.sources, "metric": self.metrics}


def link(files: list[FileRecords]) -> KnowledgeBase:
    """Cross-file checks (duplicate ids, dangling references) and the merged knowledge base."""
    linker = Linker()
    claims: dict[str, Claim] = {}
    for records in files:
        linker.add(records, ((claim.id, claim.origin) for claim in records.claims))
        for claim in records.claims:
            claims.setdefault(claim.id, claim)
    linker.finish()
    return KnowledgeBase(linker.sources, linker.entities, tuple(claims.values()),
                         linker.metrics)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Reading knowledge files makes millions of objects and frees none of them in cycles: the
    cyclic garbage collector would walk the growing heap again and again (a quarter of the
    YAML walk)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_knowledge(paths: list[Path]) -> KnowledgeBase:
    """Read, parse, validate and link knowledge files; KnowledgeFileError lists every problem."""
    files: list[FileRecords] = []
    with collector_paused():
        for path in expand_paths(paths):
            problems: list[Problem] = []
            text = read_text(path, problems)
            records = parse_file(str(path), text) if text is not None else FileRecords(str(path))
            records.problems[:0] = problems
            files.append(records)
    if not files:
        raise KnowledgeFileError([Problem(", ".join(map(str, paths)), None, None,
                                          "no knowledge files (*.yaml) found")])
    return link(files)


def read_source_document(directory: Path, file_name: str) -> str | None:
    """The text of a source document, or None when it is missing or unreadable."""
    try:
        return (directory / file_name).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _at(origin: str, message: str) -> Problem:
    path, line, col = origin.rsplit(":", 2)
    return Problem(path, int(line), int(col), message)


def _dangling(kind: str, name: str, table: dict[str, Any]) -> str:
    close = difflib.get_close_matches(name, list(table), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown {kind} '{name}'{hint}"


def _compose(path: str, text: str, problems: list[Problem]) -> _Node | None:
    import yaml

    too_deep = _nesting_problem(text)
    if too_deep is not None:
        problems.append(Problem(path, *too_deep))
        return None
    try:
        node = yaml.compose(text, Loader=_loader_class())
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        message = err.problem or "invalid YAML"
        if err.context and "tab" not in message:
            message = f"{message} ({err.context})"
        problems.append(Problem(path, mark.line + 1 if mark else None,
                                mark.column + 1 if mark else None, message.replace("\n", " ")))
        return None
    except yaml.reader.ReaderError as err:
        line = text.count("\n", 0, err.position) + 1
        col = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        code = err.character if isinstance(err.character, int) else ord(err.character)
        problems.append(Problem(path, line, col,
                                f"control character U+{code:04X} is not allowed in YAML"))
        return None
    except yaml.YAMLError as err:
        problems.append(Problem(path, None, None, str(err).splitlines()[0]))
        return None
    if node is None:
        problems.append(Problem(path, None, None, "file is empty"))
        return None
    return _to_plain(path, node, problems, set(), 0)


@cache
def _loader_class() -> Any:
    """PyYAML's safe loader (its C parser when built with libyaml), telling plain text from
    numbers, dates and booleans faster: the C parser asks the resolver for the tag of every
    plain scalar, and the resolver tries its patterns for the scalar's first character. A
    scalar whose first character opens none of them is text, as the resolver itself would
    find, without the lookups (a twentieth of the YAML parse)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    openers = frozenset(base.yaml_implicit_resolvers)
    if None in openers or base.yaml_path_resolvers:
        return base  # a resolver that reads every scalar, or paths: no shortcut holds
    scalar_node, resolve = yaml.ScalarNode, base.resolve

    class Loader(base):  # type: ignore[misc, valid-type]
        def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
            if kind is scalar_node and implicit[0] and value and value[0] not in openers:
                return _STR_TAG
            return resolve(self, kind, value, implicit)  # type: ignore[no-any-return]

    return Loader


@cache
def _scalar_constructor() -> Any:
    """One safe constructor for every scalar (building one per scalar cost a tenth of a load)."""
    import yaml

    return yaml.constructor.SafeConstructor()


def _nesting_problem(text: str) -> tuple[int, int, str] | None:
    """Refuse absurd nesting before libyaml recurses into it (it can overflow the C stack)."""
    depth = 0
    # Brackets are few (a flow list here and there) and newlines are every line: lines are
    # counted only where there is something to report (a tenth of a cold build's YAML work).
    for match in _BRACKET_RE.finditer(text) if "[" in text or "{" in text else ():
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                start = match.start()
                line = text.count("\n", 0, start) + 1
                col = start - text.rfind("\n", 0, start)
                return line, col, f"nesting deeper than {MAX_NESTING} levels"
        else:
            depth = max(0, depth - 1)
    if " " * (4 * MAX_NESTING + 1) not in text:
        return None  # no line can be indented that deep without that run of spaces
    for number, row in enumerate(text.splitlines(), start=1):
        if len(row) - len(row.lstrip(" ")) > 4 * MAX_NESTING:
            return number, 1, f"indentation deeper than {4 * MAX_NESTING} spaces"
    return None


_BRACKET_RE = re.compile(r"[\[\]{}]")


def _to_plain(path: str, node: Any, problems: list[Problem], seen: set[int],
              depth: int) -> _Node | None:
    """YAML nodes → plain values with positions; rejects aliases, odd tags and duplicate keys."""
    return _Walk(path, problems, seen).node(node, depth)


class _Walk:
    """One file's walk over its YAML nodes. A class, not nested functions that call each
    other: those would make a reference cycle, which the paused garbage collector of a cold
    build would keep, with every file's `seen` set (150 MiB at 100,000 claims)."""

    __slots__ = ("path", "problems", "seen", "yaml")

    def __init__(self, path: str, problems: list[Problem], seen: set[int]) -> None:
        import yaml  # once a file, not once a node: a claim has some 40 nodes

        self.path, self.problems, self.seen, self.yaml = path, problems, seen, yaml

    def node(self, node: Any, depth: int) -> _Node | None:
        path, problems, yaml = self.path, self.problems, self.yaml
        mark = node.start_mark
        line, col = mark.line + 1, mark.column + 1
        if id(node) in self.seen:
            problems.append(Problem(path, line, col, "YAML aliases (*name) are not allowed"))
            return _Node(_REFUSED, line, col)
        if depth > MAX_NESTING:
            problems.append(Problem(path, line, col, f"nesting deeper than {MAX_NESTING} levels"))
            return _Node(_REFUSED, line, col)
        if node.tag not in _STANDARD_TAGS:
            problems.append(Problem(path, line, col, f"tag '{node.tag}' is not allowed"))
            return _Node(_REFUSED, line, col)
        if isinstance(node, yaml.MappingNode):
            self.seen.add(id(node))
            return _Node(self.mapping(node, depth + 1), line, col)
        if isinstance(node, yaml.SequenceNode):
            self.seen.add(id(node))
            items = [self.node(item, depth + 1) for item in node.value]
            return _Node([item for item in items if item is not None], line, col)
        # Text is most scalars; the constructor would only hand back node.value, at a third of
        # the walk's time.
        if node.tag == _STR_TAG or node.tag.endswith(":timestamp"):
            return _Node(node.value, line, col)  # a timestamp is checked as a date by its field
        constructor = _scalar_constructor()
        try:
            value = constructor.construct_object(node)
            constructor.constructed_objects.clear()
        except (yaml.YAMLError, ValueError) as err:
            reason = "number too large" if "digits" in str(err) else str(err).splitlines()[0]
            problems.append(Problem(path, line, col, f"bad value: {reason}"))
            return _Node(_REFUSED, line, col)
        if hasattr(value, "isoformat"):
            value = value.isoformat()[:10]
        return _Node(value, line, col)

    def mapping(self, node: Any, depth: int) -> dict[Any, _Node]:
        """A mapping's items, walked at depth."""
        problems, scalar_node = self.problems, self.yaml.ScalarNode
        mapping: dict[Any, _Node] = {}
        # Text keys, and text values, are nearly every node: they are read here as node()
        # would read them (a scalar is never an alias seen before: only collections are
        # remembered), without a call each (a third of the walk's time).
        inline = depth <= MAX_NESTING
        for key_node, value_node in node.value:
            if not (inline and key_node.tag == _STR_TAG and isinstance(key_node, scalar_node)):
                key = self.node(key_node, depth)
                value = self.node(value_node, depth)
                if key is None or value is None or key.value is _REFUSED:
                    continue
                key_value, key_line, key_col = key.value, key.line, key.col
                if not isinstance(key_value, str | int | float | bool) or key_value is None:
                    problems.append(Problem(self.path, key_line, key_col,
                                            "mapping keys must be plain text"))
                    continue
            else:
                mark = key_node.start_mark
                key_value, key_line, key_col = key_node.value, mark.line + 1, mark.column + 1
                if value_node.tag == _STR_TAG and isinstance(value_node, scalar_node):
                    mark = value_node.start_mark
                    value = _Node(value_node.value, mark.line + 1, mark.column + 1)
                else:
                    value = self.node(value_node, depth)
                    if value is None:
                        continue
            value.key_line, value.key_col = key_line, key_col
            if key_value in mapping:
                problems.append(Problem(self.path, key_line, key_col,
                                        f"duplicate key '{key_value}'"))
                continue
            mapping[key_value] = value
        return mapping


_SOURCE_FIELDS = ("id", "title", "publisher", "published", "period", "languages", "file", "url")
_ENTITY_FIELDS = ("id", "kind", "name", "aliases", "parent")
_METRIC_FIELDS = ("id", "name", "description")
_CLAIM_FIELDS = ("id", "entity", "metric", "topic", "value", "unit", "qualifier", "as_of",
                 "period", "statement", "keywords", "source", "quote", "note")


class _Checker:
    """Turns one record's nodes into a model object, recording every problem it finds."""

    def __init__(self, path: str, problems: list[Problem], references: list[Reference]) -> None:
        self.path = path
        self.problems = problems
        self.references = references

    def refer(self, kind: str, fields: dict[str, _Node], name: str) -> None:
        node = fields.get(name)
        if node is not None and isinstance(node.value, str) and node.value:
            self.references.append(Reference(kind, node.value.strip(),
                                             f"{self.path}:{node.line}:{node.col}"))

    def problem(self, node: _Node, message: str) -> None:
        if node.value is _REFUSED:
            return
        self.problems.append(Problem(self.path, node.line, node.col, message))

    def unknown(self, key: object, node: _Node, allowed: tuple[str, ...]) -> None:
        close = difflib.get_close_matches(str(key), allowed, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        where = _Node(None, node.key_line or node.line, node.key_col or node.col)
        self.problem(where, f"unknown field '{key}'{hint}")

    def record(self, kind: str, item: _Node) -> Source | Entity | Metric | Claim | None:
        if not isinstance(item.value, dict):
            self.problem(item, f"each item of '{kind}' must be a mapping")
            return None
        allowed = {"sources": _SOURCE_FIELDS, "entities": _ENTITY_FIELDS,
                   "metrics": _METRIC_FIELDS, "claims": _CLAIM_FIELDS}[kind]
        before = len(self.problems)
        fields = item.value
        for key, node in fields.items():
            if key not in allowed:
                self.unknown(key, node, allowed)
        origin = f"{self.path}:{item.line}:{item.col}"
        build = {"sources": self._source, "entities": self._entity, "metrics": self._metric,
                 "claims": self._claim}[kind]
        record = build(fields, item, origin)
        return record if len(self.problems) == before else None

    def _required(self, fields: dict[str, _Node], name: str, parent: _Node) -> _Node | None:
        node = fields.get(name)
        if node is not None and node.value is _REFUSED:
            return None
        if node is None or node.value is None or node.value == "":
            self.problem(parent, f"missing required field '{name}'")
            return None
        return node

    def _text(self, fields: dict[str, _Node], name: str, parent: _Node,
              required: bool = True, pattern: re.Pattern[str] | None = None) -> str | None:
        node = self._required(fields, name, parent) if required else fields.get(name)
        if node is None or node.value is None:
            return None
        if not isinstance(node.value, str) or isinstance(node.value, bool):
            self.problem(node, f"'{name}' must be text, not {_type_name(node.value)}")
            return None
        if pattern is not None and not pattern.match(node.value):
            self.problem(node, f"'{name}' '{node.value}' is not a valid identifier "
                               f"(use lower-case letters, digits, '_' or '-')")
            return None
        return node.value.strip()

    def _date(self, node: _Node | None, name: str) -> str | None:
        if node is None or node.value is None:
            return None
        value = str(node.value) if isinstance(node.value, int) else node.value
        if not isinstance(value, str) or not _is_date(value):
            self.problem(node, f"'{name}' must be a date like 2023, 2023-06 or 2023-06-30, "
                               f"not '{node.value}'")
            return None
        return value

    def _period(self, node: _Node | None) -> Period | None:
        if node is None or node.value is None:
            return None
        if not isinstance(node.value, dict) or set(node.value) - {"start", "end"}:
            self.problem(node, "'period' must be a mapping with 'start' and 'end'")
            return None
        start = self._date(self._required(node.value, "start", node), "start")
        end = self._date(self._required(node.value, "end", node), "end")
        if start and end:
            if end < start:
                self.problem(node, f"period ends ({end}) before it starts ({start})")
            return Period(start, end)
        return None

    def _bilingual(self, fields: dict[str, _Node], name: str, parent: _Node,
                   keys: tuple[str, str] = ("en", "zh")) -> Bilingual | None:
        node = self._required(fields, name, parent)
        if node is None:
            return None
        if not isinstance(node.value, dict):
            self.problem(node, f"'{name}' must be a mapping with '{keys[0]}' and '{keys[1]}'")
            return None
        for key, sub in node.value.items():
            if key not in keys:
                self.unknown(key, sub, keys)
        first = self._text(node.value, keys[0], node)
        second = self._text(node.value, keys[1], node)
        return Bilingual(first, second) if first and second else None

    def _strings(self, node: _Node | None, name: str) -> tuple[str, ...]:
        if node is None or node.value is None:
            return ()
        values = node.value if isinstance(node.value, list) else [node]
        if not isinstance(node.value, list) and not isinstance(node.value, str):
            self.problem(node, f"'{name}' must be a list of text")
            return ()
        texts: list[str] = []
        for item in values:
            if isinstance(item.value, bool) or not isinstance(item.value, str | int | float):
                self.problem(item, f"items of '{name}' must be text")
                continue
            texts.append(str(item.value).strip())
        return tuple(texts)

    def _source(self, fields: dict[str, _Node], item: _Node, origin: str) -> Source | None:
        source_id = self._text(fields, "id", item, pattern=_CLAIM_ID_RE)
        pair = self._bilingual(fields, "title", item, ("original", "en"))
        title = Title(pair.en, pair.zh) if pair else None
        publisher = self._text(fields, "publisher", item)
        file_name = self._text(fields, "file", item)
        languages = self._strings(self._required(fields, "languages", item), "languages")
        published = self._date(fields.get("published"), "published")
        period = self._period(fields.get("period"))
        url = self._text(fields, "url", item, required=False)
        if not (source_id and title and publisher and file_name and languages):
            return None
        return Source(source_id, title, publisher, file_name, languages, published, period, url,
                      origin)

    def _entity(self, fields: dict[str, _Node], item: _Node, origin: str) -> Entity | None:
        entity_id = self._text(fields, "id", item, pattern=_ENTITY_ID_RE)
        kind = self._text(fields, "kind", item)
        name = self._bilingual(fields, "name", item)
        aliases = self._strings(fields.get("aliases"), "aliases")
        parent = self._text(fields, "parent", item, required=False)
        self.refer("entity", fields, "parent")
        if not (entity_id and kind and name):
            return None
        return Entity(entity_id, kind, name, aliases, parent, origin)

    def _metric(self, fields: dict[str, _Node], item: _Node, origin: str) -> Metric | None:
        metric_id = self._text(fields, "id", item, pattern=_METRIC_RE)
        name = self._bilingual(fields, "name", item)
        description = self._text(fields, "description", item)
        if not (metric_id and name and description):
            return None
        return Metric(metric_id, name, description, origin)

    def _claim(self, fields: dict[str, _Node], item: _Node, origin: str) -> Claim | None:
        claim_id = self._text(fields, "id", item, pattern=_CLAIM_ID_RE)
        entity = self._text(fields, "entity", item)
        metric = self._text(fields, "metric", item, pattern=_METRIC_RE)
        topic = self._text(fields, "topic", item, pattern=_METRIC_RE)
        source = self._text(fields, "source", item)
        unit = self._text(fields, "unit", item, required=False)
        for kind, name in (("entity", "entity"), ("source", "source"), ("metric", "metric")):
            self.refer(kind, fields, name)
        statement = self._bilingual(fields, "statement", item)
        note = self._text(fields, "note", item, required=False)
        value = self._value(fields, item, unit)
        qualifier = self._qualifier(fields.get("qualifier"))
        as_of = self._date(fields.get("as_of"), "as_of")
        period = self._period(fields.get("period"))
        if as_of and period:
            self.problem(fields["period"], "give either 'as_of' or 'period', not both")
        quote_node = self._required(fields, "quote", item)
        quotes = self._strings(quote_node, "quote") if quote_node else ()
        keywords_en: tuple[str, ...] = ()
        keywords_zh: tuple[str, ...] = ()
        keywords = fields.get("keywords")
        if keywords is not None and keywords.value is not None:
            if isinstance(keywords.value, dict):
                for key, sub in keywords.value.items():
                    if key not in ("en", "zh"):
                        self.unknown(key, sub, ("en", "zh"))
                keywords_en = self._strings(keywords.value.get("en"), "keywords.en")
                keywords_zh = self._strings(keywords.value.get("zh"), "keywords.zh")
            else:
                self.problem(keywords, "'keywords' must be a mapping with 'en' and 'zh' lists")
        if not (claim_id and entity and metric and topic and source and statement and quotes) \
                or value is None or qualifier is None:
            return None
        return Claim(claim_id, entity, metric, topic, value, statement, source, quotes, unit,
                     qualifier, as_of, period, keywords_en, keywords_zh, note, origin)

    def _value(self, fields: dict[str, _Node], item: _Node, unit: str | None) -> Any:
        node = self._required(fields, "value", item)
        if node is None:
            return None
        value = node.value
        if isinstance(value, bool):
            self.problem(node, "'value' must be a number, a date, text or a list of text")
            return None
        if unit == "date":
            return self._date(node, "value")
        if isinstance(value, list):
            items = self._strings(node, "value")
            if not items:
                self.problem(node, "'value' list is empty")
                return None
            return items
        if isinstance(value, dict):
            self.problem(node, "'value' must be a number, a date, text or a list of text")
            return None
        return value.strip() if isinstance(value, str) else value

    def _qualifier(self, node: _Node | None) -> Qualifier | None:
        if node is None or node.value is None:
            return Qualifier.EXACT
        try:
            return Qualifier(node.value)
        except ValueError:
            choices = ", ".join(q.value for q in Qualifier)
            self.problem(node, f"'qualifier' must be one of {choices}, not '{node.value}'")
            return None


def _is_date(value: str) -> bool:
    match = _DATE_RE.match(value)
    if not match:
        return False
    month = int(match.group(2) or 1)
    day = int(match.group(3) or 1)
    if not 1 <= month <= 12:
        return False
    import calendar

    return 1 <= day <= calendar.monthrange(int(match.group(1)), month)[1]


def _type_name(value: object) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)


def load_questions(path: Path) -> list[QuestionCase]:
    """A question set for `eval`: a list under 'questions' of {question, category, expect}."""

    problems: list[Problem] = []
    text = read_text(path, problems)
    root = _compose(str(path), text, problems) if text is not None else None
    cases: list[QuestionCase] = []
    if root is not None:
        mapping = root.value if isinstance(root.value, dict) else {}
        lists = [(key, mapping[key]) for key in ("questions", "statements") if key in mapping]
        if not lists or any(not isinstance(node.value, list) for _, node in lists):
            problems.append(Problem(str(path), root.line, root.col,
                                    "expected a mapping with a 'questions' or 'statements' list"))
        for key, node in lists:
            for item in node.value if isinstance(node.value, list) else []:
                case = _question_case(str(path), item, problems, key == "statements")
                if case is not None:
                    cases.append(case)
    if problems:
        raise KnowledgeFileError(problems)
    return cases


def _question_case(path: str, item: _Node, problems: list[Problem],
                   is_statement: bool = False) -> QuestionCase | None:
    from factcli.evaluate import QuestionCase

    fields = item.value if isinstance(item.value, dict) else {}
    question = fields.get("statement" if is_statement else "question")
    expect = fields.get("expect")
    category = fields.get("category")
    if question is None or expect is None or not isinstance(question.value, str):
        field_name = "statement" if is_statement else "question"
        problems.append(Problem(path, item.line, item.col,
                                f"each item needs '{field_name}' (text) and 'expect'"))
        return None
    expected = expect.value if isinstance(expect.value, list) else [expect]
    ids = tuple(str(node.value) for node in expected)
    name = str(category.value) if category else "uncategorised"
    return QuestionCase(question.value, f"check:{name}" if is_statement else name, ids,
                        f"{path}:{item.line}:{item.col}", is_statement)
