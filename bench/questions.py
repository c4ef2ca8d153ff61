"""Distinct benchmark questions, English and Chinese, from templates over a knowledge base.

    python bench/questions.py [DATA_DIR ...] [--count 10000] [--seed 11] > questions.txt

Each question names one entity (its name or an alias, in the question's language) and one of
its metrics (the declared metric name, else the claim's keywords, else the metric id's words),
sometimes a year, in one of several phrasings. No two questions are the same string. About
half are Chinese, a third of those in Simplified script.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcli.model import KnowledgeBase

EN_TEMPLATES = (
    "How many {metric} does {entity} have?",
    "What is the {metric} of {entity}?",
    "What was {entity}'s {metric} in {year}?",
    "Tell me the {metric} for {entity}",
    "{entity} {metric} {year}",
    "How many {metric} did {entity} report as of {year}?",
    "What {metric} figure does {entity} give?",
    "Which {metric} is listed for {entity}?",
)
ZH_TEMPLATES = (
    "{entity}有幾多{metric}？",
    "{entity}的{metric}是多少？",
    "{year}年{entity}嘅{metric}係幾多？",
    "{entity}{metric}有多少",
    "請問{entity}{year}年的{metric}",
    "{entity}目前的{metric}是什麼？",
    "告訴我{entity}的{metric}",
)


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _phrases(kb: KnowledgeBase) -> tuple[dict[str, list[str]], dict[str, list[str]],
                                          list[tuple[str, str, str]]]:
    """English and Chinese names per entity, and (entity, metric en, metric zh) pairs."""
    names_en: dict[str, list[str]] = {}
    names_zh: dict[str, list[str]] = {}
    for entity in kb.entities.values():
        forms = [entity.name.en, entity.name.zh, *entity.aliases]
        names_en[entity.id] = list(dict.fromkeys(f for f in forms if not _has_cjk(f)))
        names_zh[entity.id] = list(dict.fromkeys(f for f in forms if _has_cjk(f))) \
            or [entity.name.zh]
    pairs: list[tuple[str, str, str]] = []
    for claim in kb.claims:
        metric = kb.metrics.get(claim.metric)
        metric_en = [metric.name.en] if metric else []
        metric_zh = [metric.name.zh] if metric else []
        metric_en += [claim.metric.replace("_", " "), *claim.keywords_en[:2]]
        metric_zh += [k for k in claim.keywords_zh[:2] if _has_cjk(k)]
        for en in metric_en:
            for zh in metric_zh or [claim.statement.zh[:6]]:
                pairs.append((claim.entity, en, zh))
    return names_en, names_zh, list(dict.fromkeys(pairs))


def make_questions(kb: KnowledgeBase, count: int, seed: int = 11) -> list[str]:
    """count distinct questions (fewer only if the knowledge base is tiny)."""
    from factcli.normalize import to_simplified

    rng = random.Random(seed)
    names_en, names_zh, pairs = _phrases(kb)
    years = list(range(2015, 2026))
    seen: set[str] = set()
    questions: list[str] = []
    attempts = 0
    while len(questions) < count and attempts < count * 50:
        attempts += 1
        entity, metric_en, metric_zh = rng.choice(pairs)
        year = rng.choice(years)
        if len(questions) % 2 == 0 and names_en[entity]:
            text = rng.choice(EN_TEMPLATES).format(entity=rng.choice(names_en[entity]),
                                                   metric=metric_en, year=year)
        else:
            text = rng.choice(ZH_TEMPLATES).format(entity=rng.choice(names_zh[entity]),
                                                   metric=metric_zh, year=year)
            if rng.random() < 1 / 3:
                text = to_simplified(text)
        text = " ".join(text.split())
        if text not in seen:
            seen.add(text)
            questions.append(text)
    return questions


def main(argv: list[str] | None = None) -> int:
    from factcli.loader import load_knowledge, shipped_data_dir

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="*", type=Path, help="knowledge files or directories "
                                                          "(default: the shipped file)")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    kb = load_knowledge(args.data or [shipped_data_dir()])
    sys.stdout.write("".join(f"{line}\n" for line in make_questions(kb, args.count, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
