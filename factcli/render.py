"""The one renderer: every result type × table/json/jsonl/csv/tsv/markdown, messages on stderr."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO, Union

from factcli.output import Format, OutputSpec
from factcli.present import claim_record, localise, statement_in, value_text, when_text

if TYPE_CHECKING:
    # Result types are only named here: importing every core module (and building its
    # dataclasses) on each run would cost start-up time that `ask` does not need.
    from factcli.check import Verdict
    from factcli.compare import Comparison
    from factcli.coverage import CoverageReport
    from factcli.diff import KnowledgeDiff
    from factcli.draft import Draft
    from factcli.evaluate import EvalReport
    from factcli.listing import ClaimList, EntityList, SourceList, ValidationReport
    from factcli.match import Answer, Decline, Scored
    from factcli.model import Claim, KnowledgeBase
    from factcli.verify import VerifyReport


Result = Union["Answer", "Decline", "Verdict", "Comparison", "ClaimList", "EntityList",
               "SourceList", "VerifyReport", "ValidationReport", "EvalReport", "CoverageReport",
               "Draft", "KnowledgeDiff"]

_ASK_COLUMNS = ("question", "role", "id", "entity", "metric", "value", "unit", "qualifier",
                "as_of", "period", "statement", "source", "quote", "score")
_CLAIM_COLUMNS = ("id", "entity", "metric", "topic", "value", "unit", "qualifier", "as_of",
                  "period", "statement_en", "statement_zh", "source", "quote")


class Renderer:
    """Writes results to the streams it is handed, in the format the OutputSpec asks for."""

    def __init__(self, spec: OutputSpec, out: TextIO, err: TextIO,
                 err_is_terminal: bool = False) -> None:
        self.spec = spec
        self.out = out
        self.err = err
        # Progress is drawn on stderr only for a person watching a terminal, never into logs.
        self.err_is_terminal = err_is_terminal
        self._header_written = False
        self._console: Any = None
        self._json_items = -1  # ≥ 0 while a JSON batch is open: the items written so far

    @contextmanager
    def progress(self, label: str, total: int | None = None) -> Iterator[Callable[[], None]]:
        """A Rich progress display on stderr, only when stderr is a terminal; yields `advance`."""
        if not self.err_is_terminal:
            yield lambda: None
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn

        columns = [SpinnerColumn(), "{task.description}", BarColumn(), MofNCompleteColumn()] \
            if total else [SpinnerColumn(), "{task.description}", "{task.completed:,} done"]
        with Progress(*columns, console=Console(file=self.err), transient=True) as bar:
            task = bar.add_task(label, total=total)
            yield lambda: bar.advance(task)

    @contextmanager
    def batch(self, is_batch: bool) -> Iterator[None]:
        """A stdin batch in --format json is one JSON array, streamed item by item."""
        if not is_batch or self.spec.format is not Format.JSON:
            yield
            return
        self.out.write("[")
        self._json_items = 0
        try:
            yield
        finally:
            self._json_items = -1
            self.out.write("\n]\n")
            self.out.flush()

    def _json(self, record: Any) -> None:
        if self._json_items < 0:
            self.out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            return
        self.out.write(("," if self._json_items else "") + "\n"
                       + json.dumps(record, ensure_ascii=False, indent=2))
        self._json_items += 1

    def _record(self, fmt: Format, record: dict[str, Any]) -> None:
        """One result as JSON (an item of the batch's array) or as one JSON line."""
        if fmt is Format.JSON:
            self._json(record)
        else:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")

    # -- streams -------------------------------------------------------------------------
    def console(self) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.out, force_terminal=self.spec.is_terminal,
                                    no_color=not self.spec.color, width=self.spec.width,
                                    highlight=False, soft_wrap=False, emoji=False)
        return self._console

    def message(self, text: str) -> None:
        self.err.write(text + "\n")
        self.err.flush()

    def _rows(self, columns: tuple[str, ...], rows: list[list[Any]], header: bool = True) -> None:
        fmt = self.spec.format
        if fmt in {Format.JSONL, Format.JSON}:
            records = [dict(zip(columns, row, strict=True)) for row in rows]
            if fmt is Format.JSON:
                self.out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
            else:
                for record in records:
                    self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        if fmt is Format.MARKDOWN:
            self.out.write("| " + " | ".join(columns) + " |\n")
            self.out.write("|" + "---|" * len(columns) + "\n")
            for row in rows:
                cells = [_cell(v).replace("|", "\\|").replace("\n", " ") for v in row]
                self.out.write("| " + " | ".join(cells) + " |\n")
            return
        if fmt is Format.CSV:
            import csv  # here, not at the top: only CSV output needs it

            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            if header and not self._header_written:
                writer.writerow(columns)
            writer.writerows([[_cell(v) for v in row] for row in rows])
            self.out.write(buffer.getvalue())
        else:
            if header and not self._header_written:
                self.out.write("\t".join(columns) + "\n")
            for row in rows:
                self.out.write("\t".join(_tsv(_cell(v)) for v in row) + "\n")
        self._header_written = True

    def _table(self, title: str | None, columns: tuple[str, ...], rows: list[list[Any]],
               caption: str | None = None) -> None:
        from rich import box
        from rich.table import Table

        table = Table(title=title, caption=caption, box=box.ROUNDED, show_lines=False,
                      header_style="bold", title_justify="left", caption_justify="left")
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*[_cell(v) for v in row])
        self.console().print(table)

    def _is_table(self) -> bool:
        return self.spec.format is Format.TABLE

    def flush(self) -> None:
        self.out.flush()

    # -- dispatch ------------------------------------------------------------------------
    def render(self, result: Result, kb: KnowledgeBase | None = None, *,
               explain: bool = False) -> None:
        """Dispatch on the result's type name, so that only the types in use are imported."""
        name = type(result).__name__
        if name in {"Answer", "Decline"}:
            assert kb is not None
            self.ask(result, kb, explain=explain)  # type: ignore[arg-type]
        elif name == "Verdict":
            assert kb is not None
            self.verdict(result, kb)  # type: ignore[arg-type]
        else:
            handler = {"Comparison": self.comparison, "ClaimList": self.claims,
                       "EntityList": self.entities, "SourceList": self.sources,
                       "VerifyReport": self.verify, "ValidationReport": self.validation,
                       "EvalReport": self.evaluation, "CoverageReport": self.coverage,
                       "Draft": self.draft, "KnowledgeDiff": self.knowledge_diff}[name]
            handler(result)  # type: ignore[operator]
        self.flush()

    # -- ask -----------------------------------------------------------------------------
    def ask(self, result: Answer | Decline, kb: KnowledgeBase, *, explain: bool = False) -> None:
        fmt = self.spec.format
        answered = type(result).__name__ == "Answer"
        answers = result.answers if answered else ()  # type: ignore[union-attr]
        if not answered:
            self._decline_message(result)  # type: ignore[arg-type]
        if fmt in {Format.JSON, Format.JSONL}:
            record = {"question": result.question, "lang": result.lang,
                      "answered": answered,
                      "answers": [self._answer_record(s, kb, result.lang, explain)
                                  for s in answers]}
            if not answered:
                record["reason"] = result.reason  # type: ignore[union-attr]
                record["suggestions"] = [self._answer_record(s, kb, result.lang, explain)
                                         for s in result.suggestions]  # type: ignore[union-attr]
            self._record(fmt, record)
            return
        if self._is_table():
            if answers:
                self._answer_table(result, kb, explain)  # type: ignore[arg-type]
            return
        rows = [[result.question, s.role, s.claim.id, s.claim.entity, s.claim.metric,
                 _plain_value(s.claim), s.claim.unit, s.claim.qualifier.value, s.claim.as_of,
                 s.claim.period.label() if s.claim.period else "",
                 statement_in(s.claim, result.lang), _source_title(kb, s.claim),
                 " … ".join(s.claim.quotes), s.parts.score] for s in answers]
        if not rows:
            rows = [[result.question, "declined", "", "", "", "", "", "", "", "", "", "", "",
                     ""]]
        self._rows(_ASK_COLUMNS, rows)

    def _answer_record(self, scored: Scored, kb: KnowledgeBase, lang: str, explain: bool
                       ) -> dict[str, Any]:
        record = claim_record(scored.claim, kb, lang)  # type: ignore[arg-type]
        record["role"] = scored.role
        record["score"] = scored.parts.score
        if explain:
            parts = scored.parts
            record["score_parts"] = {
                "coverage": round(parts.coverage, 4), "fuzzy": round(parts.fuzzy, 4),
                "metric": round(parts.metric, 4), "entity": parts.entity,
                "intent": parts.intent, "specificity": round(parts.specificity, 4),
                "value": parts.value,
                "matched_terms": list(parts.matched_terms),
                "missing_terms": list(parts.missing_terms)}
        return record

    def _decline_message(self, result: Decline) -> None:
        zh = result.lang != "en"
        head = "知識檔案中沒有答案" if zh else "not in the knowledge file"
        if result.reason != "not in the knowledge file":
            head = f"{head} ({result.reason})"
        self.message(f"factcli: {localise(head, result.lang)}: {result.question}")
        for scored in result.suggestions[:3]:
            claim = scored.claim
            when = f" [{claim.when}]" if claim.when else ""
            self.message(f"  did you mean: {statement_in(claim, result.lang)}{when} "
                         f"({claim.id})")

    def _answer_table(self, result: Answer, kb: KnowledgeBase, explain: bool) -> None:
        from rich import box
        from rich.table import Table

        lang = result.lang
        zh = lang != "en"
        labels = (("答案", "實體", "時間", "來源", "引文") if zh
                  else ("Answer", "Entity", "As of", "Source", "Quote"))
        labels = tuple(localise(label, lang) for label in labels)
        if (self.console().width or 80) < 60:
            self._answer_cards(result, kb, labels)
            return
        table = Table(title=result.question, title_justify="left", box=box.ROUNDED,
                      show_lines=True, header_style="bold")
        table.add_column(labels[0], ratio=3, overflow="fold", min_width=12)
        table.add_column(labels[1], ratio=1, overflow="fold", min_width=6)
        table.add_column(labels[2], ratio=1, overflow="fold", min_width=7)
        table.add_column(labels[3], ratio=2, overflow="fold", min_width=8)
        table.add_column(labels[4], ratio=2, overflow="fold", min_width=8)
        for scored in result.answers:
            claim = scored.claim
            entity = kb.entities.get(claim.entity)
            entity_name = entity.id if entity is None or not zh else localise(entity.name.zh, lang)
            value = value_text(claim, lang)
            answer = f"[bold]{_escape(value)}[/bold]\n{_escape(statement_in(claim, lang))}"
            if scored.role == "related":
                answer = (f"[dim]{_escape(value)}[/dim]\n"
                          f"[dim]{_escape(statement_in(claim, lang))}[/dim]")
            table.add_row(answer, _escape(entity_name), _escape(when_text(claim, lang) or "—"),
                          _escape(_source_title(kb, claim)), _escape(" … ".join(claim.quotes)))
        self.console().print(table)
        if explain:
            for scored in result.answers:
                if scored.role != "answer":
                    continue
                p = scored.parts
                self.message(f"score {p.total:.3f}: coverage {p.coverage:.2f}, fuzzy "
                             f"{p.fuzzy:.2f}, metric {p.metric:.2f}, entity {p.entity:.2f}, "
                             f"intent {p.intent:.2f}, specificity {p.specificity:.2f}, "
                             f"value {p.value:.2f}; matched: "
                             f"{' '.join(p.matched_terms) or '—'}; missing: "
                             f"{' '.join(p.missing_terms) or '—'}")

    def _answer_cards(self, result: Answer, kb: KnowledgeBase, labels: tuple[str, ...]) -> None:
        """On a narrow terminal each answer is a field/value card, so no column is cropped."""
        from rich import box
        from rich.table import Table

        lang = result.lang
        for scored in result.answers:
            claim = scored.claim
            entity = kb.entities.get(claim.entity)
            entity_name = claim.entity if entity is None or lang == "en" \
                else localise(entity.name.zh, lang)
            card = Table(box=box.ROUNDED, show_header=False, title=result.question
                         if scored is result.answers[0] else None, title_justify="left")
            card.add_column(style="bold", no_wrap=True)
            card.add_column(overflow="fold")
            values = (f"{value_text(claim, lang)}\n{statement_in(claim, lang)}", entity_name,
                      when_text(claim, lang) or "—", _source_title(kb, claim),
                      " … ".join(claim.quotes))
            for label, value in zip(labels, values, strict=True):
                card.add_row(label, _escape(value))
            self.console().print(card)

    # -- check ---------------------------------------------------------------------------
    def verdict(self, verdict: Verdict, kb: KnowledgeBase) -> None:
        from factcli.check import VerdictKind

        fmt = self.spec.format
        evidence = verdict.evidence
        if fmt is Format.CLAIMREVIEW:
            self.out.write(json.dumps(_claim_review(verdict, kb), ensure_ascii=False, indent=2)
                           + "\n")
            return
        stated = None
        if verdict.stated is not None:
            stated = {"value": verdict.stated.value, "unit": verdict.stated.unit,
                      "qualifier": verdict.stated.qualifier.value}
        if fmt in {Format.JSON, Format.JSONL}:
            record = {"statement": verdict.statement, "verdict": verdict.verdict.value,
                      "explanation": verdict.explanation, "stated": stated,
                      "evidence": claim_record(evidence, kb, verdict.lang) if evidence else None,
                      "newer": claim_record(verdict.newer, kb, verdict.lang)
                      if verdict.newer else None}
            self._record(fmt, record)
            return
        if self._is_table():
            style = {VerdictKind.SUPPORTED: "bold green", VerdictKind.CONTRADICTED: "bold red",
                     VerdictKind.OUTDATED: "bold yellow"}.get(verdict.verdict, "bold")
            console = self.console()
            console.print(f"[{style}]{verdict.verdict.value.upper()}[/{style}]  "
                          f"{_escape(verdict.statement)}")
            console.print(f"  {_escape(verdict.explanation)}")
            for label, claim in (("evidence", evidence), ("newer", verdict.newer)):
                if claim is None:
                    continue
                console.print(f"  {label}: [bold]{_escape(value_text(claim, verdict.lang))}"
                              f"[/bold] {_escape(when_text(claim))} — "
                              f"{_escape(statement_in(claim, verdict.lang))}")
                console.print(f"  source: {_escape(_source_title(kb, claim))}; quote: "
                              f"“{_escape(' … '.join(claim.quotes))}” ({claim.id})")
            return
        columns = ("statement", "verdict", "stated", "recorded", "as_of", "claim", "source",
                   "quote", "explanation")
        self._rows(columns, [[verdict.statement, verdict.verdict.value,
                              _stated_text(verdict), value_text(evidence) if evidence else "",
                              evidence.when if evidence else "", evidence.id if evidence else "",
                              _source_title(kb, evidence) if evidence else "",
                              " … ".join(evidence.quotes) if evidence else "",
                              verdict.explanation]])

    # -- compare -------------------------------------------------------------------------
    def comparison(self, comparison: Comparison) -> None:
        entities = comparison.entities
        fmt = self.spec.format
        if fmt in {Format.JSON, Format.JSONL}:
            rows = []
            for row in comparison.rows:
                rows.append({
                    "metric": row.metric, "topic": row.topic, "periods_differ": row.periods_differ,
                    "ahead": row.larger,
                    "cells": {entity.id: [_cell_record(c) for c in cell]
                              for entity, cell in zip(entities, row.cells, strict=True)}})
            if fmt is Format.JSONL:
                for record in rows:
                    self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
                return
            self.out.write(json.dumps({"entities": [e.id for e in entities], "rows": rows},
                                      ensure_ascii=False, indent=2) + "\n")
            return
        columns = ("metric", *(entity.id for entity in entities), "note")
        rows = []
        for row in comparison.rows:
            cells = []
            for entity, cell in zip(entities, row.cells, strict=True):
                text = "; ".join(f"{value_text(c)} ({c.when})" if c.when else value_text(c)
                                 for c in cell)
                if row.larger == entity.id and self._is_table():
                    text = f"▲ {text}"
                cells.append(text)
            note = "periods differ †" if row.periods_differ else ""
            if row.larger and not self._is_table():
                note = (note + "; " if note else "") + f"ahead: {row.larger}"
            metric = comparison.metric_names.get(row.metric, row.metric) \
                if self._is_table() else row.metric
            rows.append([metric, *cells, note])
        if self._is_table():
            caption = ("▲ larger figure (or better rank) where the figures are comparable; "
                       "† the entities' figures come from different dates or periods, so they "
                       "are not like for like")
            self._table(" vs ".join(e.name.en for e in entities), columns, rows, caption)
            if comparison.chart:
                self._chart(comparison)
            return
        self._rows(columns, rows)

    def _chart(self, comparison: Comparison) -> None:
        console = self.console()
        width = max(10, min(40, (console.width or 80) - 40))
        for row in comparison.rows:
            numeric = [(e.id, cell[0]) for e, cell in zip(comparison.entities, row.cells,
                                                          strict=True)
                       if cell and cell[0].is_numeric]
            if len(numeric) < 2:
                continue
            peak = max(abs(float(c.value)) for _, c in numeric) or 1.0  # type: ignore[arg-type]
            console.print(f"[bold]{row.metric}[/bold]" + (" †" if row.periods_differ else ""))
            for entity_id, claim in numeric:
                length = max(1, round(width * abs(float(claim.value)) / peak))  # type: ignore[arg-type]
                console.print(f"  {entity_id:<10} {'█' * length} {_escape(value_text(claim))}")

    # -- browse --------------------------------------------------------------------------
    def claims(self, listing: ClaimList) -> None:
        kb = listing.kb
        fmt = self.spec.format
        if fmt in {Format.JSON, Format.JSONL}:
            records = [claim_record(c, kb) for c in listing.claims]
            if fmt is Format.JSON:
                payload: Any = records[0] if listing.detailed and len(records) == 1 else records
                self.out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
            else:
                for record in records:
                    self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        if self._is_table() and listing.detailed:
            for claim in listing.claims:
                record = claim_record(claim, kb)
                rows = [[key, _cell(record[key])] for key in
                        ("id", "entity", "metric", "topic", "value_text", "as_of", "period",
                         "statement_en", "statement_zh", "quote", "note")]
                rows.append(["source", _source_title(kb, claim)])
                rows.append(["origin", claim.origin])
                self._table(claim.id, ("field", "value"), rows)
            return
        if self._is_table():
            rows = [[c.id, c.entity, c.metric, value_text(c), c.when] for c in listing.claims]
            self._table(f"{len(rows)} claims", ("id", "entity", "metric", "value", "when"), rows)
            return
        rows = [[c.id, c.entity, c.metric, c.topic, _plain_value(c), c.unit, c.qualifier.value,
                 c.as_of, c.period.label() if c.period else "", c.statement.en, c.statement.zh,
                 c.source, " … ".join(c.quotes)] for c in listing.claims]
        self._rows(_CLAIM_COLUMNS, rows)

    def entities(self, listing: EntityList) -> None:
        columns = ("id", "kind", "name_en", "name_zh", "claims", "aliases")
        rows = [[e.id, e.kind, e.name.en, e.name.zh, listing.claim_counts.get(e.id, 0),
                 ", ".join(e.aliases)] for e in listing.entities]
        if self._is_table():
            self._table(f"{len(rows)} entities", columns[:5], [r[:5] for r in rows])
            return
        if self.spec.format in {Format.JSON, Format.JSONL}:
            rows = [[*row[:5], list(e.aliases)] for row, e in zip(rows, listing.entities,
                                                                  strict=True)]
        self._rows(columns, rows)

    def sources(self, listing: SourceList) -> None:
        columns = ("id", "title", "title_en", "publisher", "published", "languages", "file",
                   "url", "claims")
        rows = [[s.id, s.title.original, s.title.en, s.publisher, s.published or
                 (s.period.label() if s.period else ""), ", ".join(s.languages), s.file,
                 s.url or "", listing.claim_counts.get(s.id, 0)] for s in listing.sources]
        if self._is_table():
            self._table(f"{len(rows)} sources", ("id", "title_en", "publisher", "published",
                                                 "claims"),
                        [[r[0], r[2], r[3], r[4], r[8]] for r in rows])
            return
        self._rows(columns, rows)

    def verify(self, report: VerifyReport) -> None:
        for failure in report.failures:
            self.message(f"{failure.origin}: {failure.claim_id}: {failure.message}")
        summary = (f"{report.checked} claims checked, {len(report.failures)} failures"
                   if report.failures else f"{report.checked} claims checked, all verified")
        if self.spec.format in {Format.JSON, Format.JSONL}:
            self.out.write(json.dumps({"checked": report.checked, "failures": [
                {"claim": f.claim_id, "origin": f.origin, "message": f.message}
                for f in report.failures]}, ensure_ascii=False) + "\n")
            return
        self.message(f"factcli: {summary}")

    def validation(self, report: ValidationReport) -> None:
        if self.spec.format in {Format.JSON, Format.JSONL}:
            self.out.write(json.dumps({"valid": True, "files": list(report.files),
                                       "sources": report.sources, "entities": report.entities,
                                       "claims": report.claims}) + "\n")
            return
        self.message(f"factcli: {len(report.files)} files valid: {report.sources} sources, "
                     f"{report.entities} entities, {report.claims} claims")

    def draft(self, result: Draft) -> None:
        if self.spec.format in {Format.JSON, Format.JSONL}:
            stubs = [{"value": s.value, "unit": s.unit, "qualifier": s.qualifier,
                      "entity": s.entity, "as_of": s.as_of, "quote": s.quote,
                      "kind": s.figure.kind} for s in result.stubs]
            self.out.write(json.dumps({"source": result.source_id, "stubs": stubs},
                                      ensure_ascii=False, indent=2) + "\n")
            return
        from factcli.draft import render_yaml

        self.out.write(render_yaml(result))
        self.message(f"factcli: {len(result.stubs)} claim stubs drafted for {result.file}")

    def knowledge_diff(self, result: KnowledgeDiff) -> None:
        columns = ("change", "claim", "entity", "metric", "before", "after", "fields")
        rows = [[c.kind, c.claim_id, c.entity, c.metric, c.before, c.after, ", ".join(c.fields)]
                for c in result.changes]
        if self._is_table():
            summary = ", ".join(f"{kind}: {result.count(kind)}" for kind in
                                ("added", "removed", "changed", "newest_moved", "outdated"))
            self._table(f"{len(rows)} changes", columns, rows, summary)
            return
        self._rows(columns, rows)

    def coverage(self, report: CoverageReport) -> None:
        fmt = self.spec.format
        if fmt in {Format.JSON, Format.JSONL}:
            record = {"figures": report.figures, "covered": report.covered,
                      "share": round(report.share, 4),
                      "documents": [{"source": d.source_id, "file": d.file, "figures": d.figures,
                                     "covered": d.covered, "share": round(d.share, 4),
                                     "uncovered": [{"value": f.value, "kind": f.kind,
                                                    "context": f.context} for f in d.uncovered]}
                                    for d in report.documents]}
            self.out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            return
        columns = ("source", "file", "figures", "covered", "share")
        uncovered = [[d.source_id, f.kind, _cell(f.value), f.context]
                     for d in report.documents for f in d.uncovered]
        if self._is_table():
            self._table("figures held as claim values", columns, _coverage_rows(report))
            if uncovered:
                self._table("not held by any claim", ("source", "kind", "figure", "context"),
                            uncovered)
            return
        self._rows(columns, _coverage_rows(report))
        for row in uncovered:
            self.message("uncovered\t" + "\t".join(str(v) for v in row))

    def evaluation(self, report: EvalReport) -> None:
        fmt = self.spec.format
        if fmt in {Format.JSON, Format.JSONL}:
            record = {
                "questions": len(report.outcomes), "accuracy": round(report.accuracy, 4),
                "answerable_accuracy": round(report.answerable_accuracy, 4),
                "decline_accuracy": round(report.decline_accuracy, 4),
                "categories": {c.category: {"total": c.total, "correct": c.correct,
                                            "accuracy": round(c.accuracy, 4)}
                               for c in report.categories},
                "confusion": dict(report.confusion),
                "misses": [{"question": o.case.question, "category": o.case.category,
                            "expected": list(o.case.expect), "got": o.got, "kind": o.kind}
                           for o in report.outcomes if not o.correct]}
            self.out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            return
        rows = [[c.category, c.total, c.correct, f"{c.accuracy:.1%}"] for c in report.categories]
        rows.append(["all", len(report.outcomes), sum(o.correct for o in report.outcomes),
                     f"{report.accuracy:.1%}"])
        misses = [[o.case.category, o.kind, o.case.question, " | ".join(o.case.expect), o.got]
                  for o in report.outcomes if not o.correct]
        if self._is_table():
            self._table("accuracy by category", ("category", "questions", "correct", "accuracy"),
                        rows, f"answerable: {report.answerable_accuracy:.1%} right claim first; "
                              f"unanswerable: {report.decline_accuracy:.1%} declined; "
                              + ", ".join(f"{k}: {v}" for k, v in report.confusion))
            if misses:
                self._table("misses", ("category", "kind", "question", "expected", "got"),
                            misses)
            return
        self._rows(("category", "questions", "correct", "accuracy"), rows)
        for miss in misses:
            self.message("miss\t" + "\t".join(str(v) for v in miss))


def _coverage_rows(report: CoverageReport) -> list[list[Any]]:
    rows: list[list[Any]] = [[d.source_id, d.file, d.figures, d.covered, f"{d.share:.1%}"]
                             for d in report.documents]
    rows.append(["total", "", report.figures, report.covered, f"{report.share:.1%}"])
    return rows


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _tsv(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _plain_value(claim: Claim) -> str:
    if isinstance(claim.value, tuple):
        return "; ".join(claim.value)
    return _cell(claim.value)


def _source_title(kb: KnowledgeBase, claim: Claim) -> str:
    source = kb.sources.get(claim.source)
    return source.title.en if source else claim.source


def _stated_text(verdict: Verdict) -> str:
    if verdict.stated is None:
        return ""
    from factcli.numbers import format_quantity

    return format_quantity(verdict.stated.value, verdict.stated.unit, verdict.stated.qualifier)


def _cell_record(claim: Claim) -> dict[str, Any]:
    value: Any = list(claim.value) if isinstance(claim.value, tuple) else claim.value
    return {"id": claim.id, "value": value, "value_text": value_text(claim), "unit": claim.unit,
            "qualifier": claim.qualifier.value, "as_of": claim.as_of,
            "period": {"start": claim.period.start, "end": claim.period.end}
            if claim.period else None, "when": claim.when}


_RATINGS = {"supported": 5, "outdated": 3, "contradicted": 1}


def _claim_review(verdict: Verdict, kb: KnowledgeBase) -> dict[str, Any]:
    """schema.org ClaimReview JSON-LD for publishing the verdict as fact-check markup."""
    evidence = verdict.evidence
    source = kb.sources.get(evidence.source) if evidence else None
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.verdict.value}
    if verdict.verdict.value in _RATINGS:
        rating.update(ratingValue=_RATINGS[verdict.verdict.value], bestRating=5, worstRating=1)
    review: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "claimReviewed": verdict.statement, "reviewRating": rating,
        "reviewBody": verdict.explanation,
        "author": {"@type": "Organization", "name": "factcli"},
    }
    if source is not None:
        item: dict[str, Any] = {"@type": "Claim", "appearance": {
            "@type": "CreativeWork", "name": source.title.en, "headline": source.title.original,
            "publisher": {"@type": "Organization", "name": source.publisher}}}
        if source.published:
            item["appearance"]["datePublished"] = source.published
        if source.url:
            item["appearance"]["url"] = source.url
        review["itemReviewed"] = item
    if evidence is not None:
        review["reviewBody"] += f": {value_text(evidence)}" + (
            f" ({evidence.when})" if evidence.when else "") + f" — “{' … '.join(evidence.quotes)}”"
    return review
