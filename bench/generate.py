"""Write a synthetic knowledge base for the scale benchmark.

    python bench/generate.py OUT_DIR [--claims 100000] [--entities N] [--files N] [--seed 7]

Defaults scale with --claims: 50 claims per entity, 1,000 claims per file (100,000 claims →
2,000 entities in 100 files). The files look like the shipped ones: bilingual statements of
realistic length, aliases in both languages, keywords, quotes, notes on some claims, several
sources per file and a shared metric vocabulary declared under `metrics` (in the first file).
The output passes `factcli validate`. Generation is deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# (english, chinese, slug) -----------------------------------------------------------------
PLACES = [
    ("Kowloon", "九龍", "kowloon"), ("Sha Tin", "沙田", "shatin"),
    ("Tsuen Wan", "荃灣", "tsuenwan"),
    ("Lantau", "大嶼山", "lantau"), ("Victoria", "維多利亞", "victoria"),
    ("Harbour", "海港", "harbour"), ("Pearl River", "珠江", "pearlriver"),
    ("Greater Bay", "大灣區", "greaterbay"), ("Clear Water Bay", "清水灣", "clearwaterbay"),
    ("Pok Fu Lam", "薄扶林", "pokfulam"), ("Hung Hom", "紅磡", "hunghom"),
    ("Tai Po", "大埔", "taipo"), ("Tuen Mun", "屯門", "tuenmun"), ("Sai Kung", "西貢", "saikung"),
    ("Shenzhen", "深圳", "shenzhen"), ("Guangzhou", "廣州", "guangzhou"),
    ("Nansha", "南沙", "nansha"), ("Qianhai", "前海", "qianhai"), ("Futian", "福田", "futian"),
    ("Macau", "澳門", "macau"), ("Cyberport", "數碼港", "cyberport"),
    ("Science Park", "科學園", "sciencepark"), ("Lok Ma Chau", "落馬洲", "lokmachau"),
    ("Northern Metropolis", "北部都會區", "northernmetropolis"),
]
FIELDS = [
    ("Advanced Photonics", "先進光子", "photonics"),
    ("Biomedical Engineering", "生物醫學工程", "biomedical"), ("Robotics", "機械人", "robotics"),
    ("Financial Technology", "金融科技", "fintech"),
    ("Artificial Intelligence", "人工智能", "ai"), ("Quantum Computing", "量子計算", "quantum"),
    ("Marine Science", "海洋科學", "marine"), ("Smart Cities", "智慧城市", "smartcity"),
    ("Sustainable Energy", "可持續能源", "energy"), ("Materials Science", "材料科學", "materials"),
    ("Data Science", "數據科學", "datascience"), ("Public Health", "公共衞生", "publichealth"),
    ("Aerospace", "航天", "aerospace"), ("Semiconductor", "半導體", "semiconductor"),
    ("Neuroscience", "神經科學", "neuroscience"), ("Climate Resilience", "氣候韌性", "climate"),
    ("Digital Humanities", "數字人文", "humanities"), ("Logistics", "物流", "logistics"),
    ("Chinese Medicine", "中醫藥", "chinesemedicine"), ("Cybersecurity", "網絡安全", "cyber"),
    ("Green Building", "綠色建築", "greenbuilding"),
    ("Precision Medicine", "精準醫學", "precisionmed"),
    ("Water Resources", "水資源", "water"), ("Transport", "交通運輸", "transport"),
    ("Creative Media", "創意媒體", "media"), ("Drug Discovery", "藥物研發", "drugs"),
    ("Microelectronics", "微電子", "microelectronics"), ("Urban Planning", "城市規劃", "urban"),
    ("Food Safety", "食物安全", "foodsafety"), ("Gerontechnology", "樂齡科技", "gerontech"),
]
# (kind, english noun, chinese noun, chinese short noun, slug)
KINDS = [
    ("research institute", "Institute", "研究院", "院", "institute"),
    ("laboratory", "Laboratory", "實驗室", "實驗室", "lab"),
    ("research centre", "Research Centre", "研究中心", "中心", "centre"),
    ("programme", "Programme", "發展計劃", "計劃", "programme"),
    ("fund", "Innovation Fund", "創新基金", "基金", "fund"),
    ("company", "Technologies Limited", "科技有限公司", "科技", "company"),
    ("event", "Forum", "論壇", "論壇", "forum"),
    ("building", "Innovation Building", "創新大樓", "大樓", "building"),
    ("alliance", "Alliance", "聯盟", "聯盟", "alliance"),
    ("faculty", "School", "學院", "學院", "school"),
]

# Metric subjects: (slug, english, chinese, unit, kind, topic, measure word)
COUNT_SUBJECTS = [
    ("research_projects", "research projects", "科研項目", "projects", "research", "個"),
    ("patents_granted", "patents granted", "獲批專利", "patents", "knowledge_transfer", "項"),
    ("startups", "start-ups", "初創企業", "companies", "entrepreneurship", "間"),
    ("students", "students", "學生", "students", "students", "名"),
    ("postgraduate_students", "postgraduate students", "研究生", "students", "students", "名"),
    ("academic_staff", "academic staff", "教學人員", "people", "people", "名"),
    ("publications", "publications", "學術論文", "papers", "research", "篇"),
    ("industry_partners", "industry partners", "業界夥伴", "partners", "partnerships", "個"),
    ("partner_universities_count", "partner universities", "合作大學", "universities",
     "partnerships", "所"),
    ("awards", "awards", "獎項", "awards", "research", "項"),
    ("joint_laboratories", "joint laboratories", "聯合實驗室", "labs", "research", "個"),
    ("visitors", "visitors", "訪客", "people", "events", "名"),
    ("participants", "participants", "參加者", "people", "events", "名"),
    ("exhibitors", "exhibitors", "參展商", "companies", "events", "間"),
    ("scholarships", "scholarships", "獎學金", "scholarships", "education", "個"),
    ("courses", "courses", "課程", "courses", "education", "個"),
    ("graduates", "graduates", "畢業生", "people", "education", "名"),
    ("technology_licences", "technology licences", "技術授權", "licences", "knowledge_transfer",
     "項"),
    ("spin_off_companies", "spin-off companies", "衍生公司", "companies", "entrepreneurship", "間"),
    ("unicorns", "unicorns", "獨角獸企業", "companies", "entrepreneurship", "間"),
]
COUNT_MODIFIERS = [("", "", ""), ("new", "new", "新增"), ("active", "active", "現有"),
                   ("cumulative", "cumulative", "累計"), ("international", "international", "國際")]
MONEY_SUBJECTS = [
    ("research_funding", "research funding", "科研經費", "funding"),
    ("donations", "donations", "捐款", "funding"),
    ("fund_size", "fund size", "基金規模", "funding"),
    ("operating_budget", "operating budget", "營運預算", "governance"),
    ("contract_research_income", "contract research income", "合約研究收入", "knowledge_transfer"),
]
MONEY_MODIFIERS = [("", "", ""), ("annual", "annual", "年度"), ("cumulative", "cumulative", "累計")]
OTHER_METRICS = [
    # slug, english, chinese, unit, kind, topic
    ("gross_floor_area", "gross floor area", "總樓面面積", "m2", "area", "campus"),
    ("laboratory_space", "laboratory space", "實驗室面積", "m2", "area", "campus"),
    ("graduate_employment_rate", "graduate employment rate", "畢業生就業率", "percent", "percent",
     "students"),
    ("international_student_share", "share of international students", "國際學生比例",
     "percent", "percent", "international"),
    ("carbon_reduction", "carbon emission reduction", "碳排放減幅", "percent", "percent",
     "sustainability"),
    ("qs_ranking", "QS World University Rankings position", "QS世界大學排名", "rank", "rank",
     "rankings"),
    ("the_ranking", "Times Higher Education ranking", "泰晤士高等教育排名", "rank", "rank",
     "rankings"),
    ("nature_index_rank", "Nature Index rank", "自然指數排名", "rank", "rank", "rankings"),
    ("founding_date", "founding date", "成立日期", "date", "date", "governance"),
    ("opening_date", "opening date", "啟用日期", "date", "date", "campus"),
    ("director", "director", "總監", None, "person", "people"),
    ("chair", "chair", "主席", None, "person", "people"),
    ("venue", "venue", "地點", None, "place", "events"),
    ("headquarters_location", "headquarters location", "總部所在地", None, "place", "campus"),
    ("partner_universities", "partner universities", "合作大學名單", None, "list",
     "partnerships"),
    ("research_themes", "research themes", "研究主題", None, "list", "research"),
]
SURNAMES = [("CHAN", "陳"), ("WONG", "黃"), ("LEUNG", "梁"), ("LEE", "李"), ("CHEUNG", "張"),
            ("LAU", "劉"), ("HO", "何"), ("NG", "吳"), ("TANG", "鄧"), ("LAM", "林"),
            ("YEUNG", "楊"), ("CHOW", "周"), ("TSANG", "曾"), ("KWOK", "郭"), ("FUNG", "馮")]
GIVEN = [("Tai-man", "大文"), ("Siu-ming", "小明"), ("Ka-wai", "家偉"), ("Wing-sze", "詠詩"),
         ("Chi-keung", "志強"), ("Mei-ling", "美玲"), ("Kin-fai", "建輝"), ("Hoi-yan", "凱欣")]
UNIVERSITIES = ["HKUST", "PolyU", "HKU", "CUHK", "CityU", "Tsinghua University",
                "Peking University", "Zhejiang University", "NUS", "Imperial College London",
                "MIT", "ETH Zurich", "University of Tokyo", "KAIST"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SOURCE_KINDS = [
    ("annual-report", "Annual Report", "年報"),
    ("news", "News Release", "新聞稿"),
    ("fact-sheet", "Fact Sheet", "概覽"),
]


@dataclass(frozen=True, slots=True)
class MetricDef:
    id: str
    en: str
    zh: str
    unit: str | None
    kind: str  # count, money, area, percent, rank, date, person, place, list
    topic: str
    measure: str = "個"


@dataclass(frozen=True, slots=True)
class EntityDef:
    id: str
    kind: str
    en: str
    zh: str
    acronym: str
    aliases: tuple[str, ...]
    parent: str | None


def metric_vocabulary() -> list[MetricDef]:
    metrics: list[MetricDef] = []
    for slug, en, zh, unit, topic, measure in COUNT_SUBJECTS:
        for mod, mod_en, mod_zh in COUNT_MODIFIERS:
            metrics.append(MetricDef(f"{mod}_{slug}" if mod else slug,
                                     f"{mod_en} {en}".strip(), f"{mod_zh}{zh}", unit, "count",
                                     topic, measure))
    for slug, en, zh, topic in MONEY_SUBJECTS:
        for mod, mod_en, mod_zh in MONEY_MODIFIERS:
            metrics.append(MetricDef(f"{mod}_{slug}" if mod else slug, f"{mod_en} {en}".strip(),
                                     f"{mod_zh}{zh}", "HKD", "money", topic))
    for slug, en, zh, unit, kind, topic in OTHER_METRICS:
        metrics.append(MetricDef(slug, en, zh, unit, kind, topic))
    return metrics


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def flow(items: list[str]) -> str:
    return "[" + ", ".join(q(item) for item in items) + "]"


def make_entities(count: int, rng: random.Random) -> list[EntityDef]:
    combos = [(p, f, k) for p in PLACES for f in FIELDS for k in KINDS]
    if count > len(combos):
        raise SystemExit(f"at most {len(combos)} entities")
    rng.shuffle(combos)
    entities: list[EntityDef] = []
    for (p_en, p_zh, p_slug), (f_en, f_zh, f_slug), (kind, k_en, k_zh, k_short, k_slug) \
            in combos[:count]:
        en = f"{p_en} {f_en} {k_en}"
        zh = f"{p_zh}{f_zh}{k_zh}"
        acronym = "".join(word[0] for word in en.replace("-", " ").split() if word[0].isupper())
        aliases = [acronym, en, f"{f_en} {k_en} ({p_en})", f"HK {en}" if rng.random() < 0.3
                   else f"The {en}", zh, f"{p_zh}{f_zh}{k_short}", f"香港{zh}"]
        if rng.random() < 0.5:
            aliases.append(f"{p_en} {f_en.split()[-1]} {k_en.split()[0]}")
        entities.append(EntityDef(f"{p_slug}_{f_slug}_{k_slug}", kind, en, zh, acronym,
                                  tuple(dict.fromkeys(aliases)), None))
    return entities


def _count_value(rng: random.Random, metric: MetricDef) -> int:
    scale = {"students": 20000, "graduates": 6000, "visitors": 50000, "participants": 3000,
             "publications": 4000, "academic_staff": 1500}
    top = next((v for k, v in scale.items() if k in metric.id), 400)
    return rng.randint(3, top)


def _money_text(value: int) -> tuple[str, str]:
    if value >= 100_000_000:
        return f"HK${value / 1e9:.2f} billion", f"{value / 1e8:.1f}億港元"
    return f"HK${value / 1e6:.1f} million", f"{value / 1e4:,.0f}萬港元"


class ClaimWriter:
    """Writes one claim as YAML lines; the values and texts vary with the metric kind."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def value(self, metric: MetricDef, year: int) -> tuple[object, str, str, str]:
        """(value, english phrase, chinese phrase, quote)."""
        rng = self.rng
        if metric.kind == "count":
            value = _count_value(rng, metric)
            return (value, f"{value:,} {metric.en}", f"{value:,}{metric.measure}{metric.zh}",
                    f"{value:,} {metric.en}")
        if metric.kind == "money":
            value = rng.randint(2, 900) * 1_000_000
            en, zh = _money_text(value)
            return value, f"{metric.en} of {en}", f"{metric.zh}達{zh}", en
        if metric.kind == "area":
            value = rng.randint(8, 600) * 100
            return (value, f"{value:,} square metres of {metric.en}",
                    f"{metric.zh}達{value:,}平方米", f"{value:,} m²")
        if metric.kind == "percent":
            value = round(rng.uniform(5, 99), 1)
            return value, f"a {metric.en} of {value}%", f"{metric.zh}為{value}%", f"{value}%"
        if metric.kind == "rank":
            value = rng.randint(1, 300)
            return (value, f"number {value} in the {metric.en}", f"{metric.zh}第{value}位",
                    f"ranked {value}")
        if metric.kind == "date":
            value = f"{rng.randint(1995, year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            return value, f"a {metric.en} of {value}", f"{metric.zh}為{value}", value
        if metric.kind == "person":
            (s_en, s_zh), (g_en, g_zh) = rng.choice(SURNAMES), rng.choice(GIVEN)
            value = f"Professor {s_en} {g_en}"
            return (value, f"{value} as its {metric.en}", f"{metric.zh}為{s_zh}{g_zh}教授",
                    f"{s_zh}{g_zh}教授 {value}")
        if metric.kind == "place":
            place = rng.choice(PLACES)
            value = place[0]
            return value, f"{value} as its {metric.en}", f"{metric.zh}位於{place[1]}", value
        items = rng.sample(UNIVERSITIES, rng.randint(2, 5)) if "universit" in metric.id \
            else [f[0] for f in rng.sample(FIELDS, rng.randint(2, 5))]
        joined = ", ".join(items)
        return items, f"{metric.en} including {joined}", f"{metric.zh}包括{'、'.join(items)}", \
            joined

    def claim(self, entity: EntityDef, metric: MetricDef, year: int, source: str,
              source_title: str) -> str:
        rng = self.rng
        value, phrase_en, phrase_zh, quote = self.value(metric, year)
        month = rng.randint(1, 12)
        qualifier = "at_least" if metric.kind == "count" and rng.random() < 0.15 else None
        over_en, over_zh = ("over ", "超過") if qualifier else ("", "")
        if metric.kind in {"count", "money", "area", "percent", "rank"} and rng.random() < 0.4:
            when_line = f'    period: {{start: "{year - 1}-07-01", end: "{year}-06-30"}}'
            when_en, when_zh = f"In the {year - 1}-{str(year)[2:]} academic year", \
                f"{year - 1}至{str(year)[2:]}學年"
        else:
            when_line = f'    as_of: "{year}-{month:02d}"'
            when_en, when_zh = f"As of {MONTHS[month - 1]} {year}", f"截至{year}年{month}月"
        style = rng.randrange(3)
        if style == 0:
            en = (f"{when_en}, the {entity.en} ({entity.acronym}) reported {over_en}{phrase_en}, "
                  f"according to its {source_title}.")
        elif style == 1:
            en = (f"{when_en}, {entity.acronym} recorded {over_en}{phrase_en}, a figure the "
                  f"{entity.en} published in its {source_title} for the year.")
        else:
            en = (f"According to the {source_title}, the {entity.en} had {over_en}{phrase_en} "
                  f"({when_en[0].lower()}{when_en[1:]}), covering its work across Hong Kong "
                  f"and the Greater Bay Area.")
        verb = "共有" if metric.kind == "count" else ""
        zh = f"{when_zh}，{entity.zh}{verb}{over_zh}{phrase_zh}。"
        if rng.random() < 0.5:
            zh = (f"根據{entity.zh}的報告，{when_zh}該機構{verb}{over_zh}{phrase_zh}，"
                  "涵蓋香港及大灣區的工作。")
        claim_id = f"{entity.id.replace('_', '-')}-{metric.id.replace('_', '-')}-{year}"
        lines = [f"  - id: {claim_id}", f"    entity: {entity.id}", f"    metric: {metric.id}",
                 f"    topic: {metric.topic}"]
        if isinstance(value, list):
            lines.append(f"    value: {flow(value)}")
        elif isinstance(value, str):
            lines.append(f"    value: {q(value)}")
        else:
            lines.append(f"    value: {value}")
        if metric.unit:
            lines.append(f"    unit: {metric.unit}")
        if qualifier:
            lines.append(f"    qualifier: {qualifier}")
        if metric.kind not in {"date"}:
            lines.append(when_line)
        keywords_en = [metric.en, f"{entity.acronym} {metric.en}", f"number of {metric.en}"
                       if metric.kind == "count" else f"{metric.en} figure"]
        keywords_zh = [metric.zh, f"{entity.zh}{metric.zh}"]
        lines += ["    statement:", f"      en: {q(en)}", f"      zh: {q(zh)}",
                  "    keywords:", f"      en: {flow(keywords_en)}",
                  f"      zh: {flow(keywords_zh)}",
                  f"    source: {source}", f"    quote: {q(quote)}"]
        if rng.random() < 0.2:
            note = (f"The figure appears in a table on page {rng.randint(2, 80)} of the "
                    f"{source_title}; the text beside it gives the same number, so the two agree.")
            lines.append(f"    note: {q(note)}")
        return "\n".join(lines) + "\n"


def write_knowledge_base(out: Path, claims: int, entities: int | None = None,
                         files: int | None = None, seed: int = 7) -> dict[str, int]:
    """Write the files under out (created); returns counts of what was written."""
    n_entities = entities or max(1, claims // 50)
    n_files = files or max(1, claims // 1000)
    n_files = min(n_files, n_entities)
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    metrics = metric_vocabulary()
    all_entities = make_entities(n_entities, rng)
    writer = ClaimWriter(rng)
    written = 0
    total_bytes = 0
    for file_index in range(n_files):
        lo = file_index * n_entities // n_files
        hi = (file_index + 1) * n_entities // n_files
        chunk = all_entities[lo:hi]
        parts: list[str] = [f"# Synthetic knowledge file {file_index:03d} "
                            f"(bench/generate.py, seed {seed}).\n"]
        if file_index == 0:
            parts.append("metrics:\n")
            for metric in metrics:
                parts.append(f"  - id: {metric.id}\n    name: {{en: {q(metric.en)}, "
                             f"zh: {q(metric.zh)}}}\n    description: "
                             f"{q(f'The {metric.en} ({metric.zh}) as the source states it.')}\n")
        parts.append("sources:\n")
        sources: list[tuple[str, str]] = []
        for slug, en, zh in SOURCE_KINDS:
            source_id = f"syn-{file_index:03d}-{slug}"
            year = 2018 + (file_index + len(sources)) % 7
            title_en = f"{chunk[0].en.split()[0]} Cluster {en} {year}"
            sources.append((source_id, title_en))
            parts.append(f"  - id: {source_id}\n    title: {{original: "
                         f"{q(f'{chunk[0].zh}群組{year}{zh}')}, en: {q(title_en)}}}\n"
                         f"    publisher: {q(chunk[0].en)}\n    published: \"{year}-06-30\"\n"
                         f"    languages: [en, zh-hant]\n"
                         f"    file: {file_index:03d}_{rng.getrandbits(64):016x}.txt\n"
                         f"    url: \"https://example.org/{source_id}\"\n")
        parts.append("entities:\n")
        head = chunk[0].id
        for position, entity in enumerate(chunk):
            parent = head if position and rng.random() < 0.3 else None
            parts.append(f"  - id: {entity.id}\n    kind: {entity.kind}\n"
                         f"    name: {{en: {q(entity.en)}, zh: {q(entity.zh)}}}\n"
                         f"    aliases: {flow(list(entity.aliases))}\n"
                         + (f"    parent: {parent}\n" if parent else ""))
        parts.append("claims:\n")
        for position, entity in enumerate(chunk):
            global_index = lo + position
            quota = (global_index + 1) * claims // n_entities - global_index * claims // n_entities
            done = 0
            for metric in rng.sample(metrics, len(metrics)):
                if done >= quota:
                    break
                series = 1 if metric.kind in {"date", "person", "place", "list"} \
                    else rng.randint(2, 4)
                years = sorted(rng.sample(range(2015, 2026), series))
                for year in years[:quota - done]:
                    source_id, title = rng.choice(sources)
                    parts.append(writer.claim(entity, metric, year, source_id, title))
                    done += 1
            if done < quota:
                raise SystemExit(f"entity {entity.id}: only {done} of {quota} claims fit")
            written += done
        text = "".join(parts)
        path = out / f"{file_index:03d}_synthetic.yaml"
        path.write_text(text, encoding="utf-8")
        total_bytes += len(text.encode())
    return {"claims": written, "entities": n_entities, "files": n_files,
            "metrics": len(metrics), "bytes": total_bytes}


_VALUE_RE = re.compile(r"^(    value: )(\d+)$", re.MULTILINE)


def edit_one_file(directory: Path) -> Path:
    """Change one claim's value in the middle file (as an editor would); returns its path."""
    files = sorted(p for p in directory.rglob("*") if p.suffix in {".yaml", ".yml"})
    path = files[len(files) // 2]
    text = path.read_text(encoding="utf-8")
    match = _VALUE_RE.search(text)
    if match:
        text = f"{text[:match.start(2)]}{int(match.group(2)) + 1}{text[match.end(2):]}"
    else:
        text += "\n# edited by bench\n"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the *.yaml files into")
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=None)
    parser.add_argument("--files", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = write_knowledge_base(args.out, args.claims, args.entities, args.files, args.seed)
    print(f"wrote {counts['claims']:,} claims, {counts['entities']:,} entities, "
          f"{counts['metrics']} metrics in {counts['files']} files "
          f"({counts['bytes'] / 1e6:.1f} MB) to {args.out} in "
          f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
