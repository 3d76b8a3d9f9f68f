"""Load the real public news articles under ``../shared/data/`` as plain records.

Every record is a dict::

    {"id", "title", "text", "outlet", "published", "language", "source"}

``language`` is the true language of the source collection. It is there to measure language
detection; the benchmarks never hand it to presslens, which detects the language itself.

Sources (see ``../shared/data/*/README``): Reuters-21578 (SGML, latin-1, SGML entities), BBC News
(jsonl), 10kGNAD German test split (``label;'text'``), the Spanish fake-news corpus (jsonl) and the
Russian corus samples (jsonl). The order is deterministic and interleaves the sources in proportion
to their sizes, so any prefix (``limit``) holds every language in its corpus share.

Sizes beyond the corpus (23,902 articles) cycle it lazily (:class:`Collection`): new ids and
publication dates spread over 20 years, deterministic, flagged as cycled in every report.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path

DEFAULT_DATA_DIR = Path("../shared/data")

Record = dict[str, str | None]

_REUTERS_DOC = re.compile(r"<REUTERS\b(?P<attrs>[^>]*)>(?P<doc>.*?)</REUTERS>", re.DOTALL)
_NEWID = re.compile(r'NEWID="(\d+)"')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _tag(doc: str, name: str) -> str | None:
    """Text of the first ``<name>...</name>`` element in ``doc``, or None."""
    start = doc.find(f"<{name}>")
    if start < 0:
        return None
    start += len(name) + 2
    end = doc.find(f"</{name}>", start)
    return doc[start:end] if end >= 0 else None


def _clean(text: str) -> str:
    """Resolve SGML entities, drop control characters and the trailing 'Reuter' sign-off."""
    text = _CONTROL.sub("", html.unescape(text)).strip()
    if text.endswith("Reuter") or text.endswith("REUTER"):
        text = text[: -len("Reuter")].rstrip()
    return text


def _reuters_date(raw: str | None) -> str | None:
    """``26-FEB-1987 15:01:01.79`` -> ``1987-02-26`` (None when unparsable)."""
    if not raw:
        return None
    try:
        return datetime.strptime(raw.strip()[:11], "%d-%b-%Y").date().isoformat()
    except ValueError:
        return None


def load_reuters(data_dir: Path) -> list[Record]:
    """Reuters-21578 newswires that have BODY text, in NEWID order."""
    records: list[Record] = []
    for path in sorted((data_dir / "news-en-reuters21578").glob("reut2-*.sgm")):
        with path.open(encoding="latin-1") as fh:
            raw = fh.read()
        for match in _REUTERS_DOC.finditer(raw):
            doc = match.group("doc")
            body = _tag(doc, "BODY")
            if body is None or not _clean(body):
                continue
            newid = _NEWID.search(match.group("attrs"))
            title = _tag(doc, "TITLE")
            records.append(
                {
                    "id": f"reuters-{newid.group(1) if newid else len(records)}",
                    "title": _clean(title) if title else None,
                    "text": _clean(body),
                    "outlet": "Reuters",
                    "published": _reuters_date(_tag(doc, "DATE")),
                    "language": "en",
                    "source": "reuters21578",
                }
            )
    return records


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_bbc(data_dir: Path) -> list[Record]:
    """BBC News 2004-05 articles (no dates)."""
    return [
        {
            "id": row["id"],
            "title": row.get("title") or None,
            "text": row["body"],
            "outlet": row.get("outlet") or "BBC News",
            "published": None,
            "language": "en",
            "source": "bbc",
        }
        for row in _read_jsonl(data_dir / "news-en-bbc" / "bbc.jsonl")
        if row.get("body", "").strip()
    ]


def load_german(data_dir: Path) -> list[Record]:
    """10kGNAD test split (DER STANDARD): ``label;'text'`` rows, no titles or dates."""
    records: list[Record] = []
    path = data_dir / "news-de-10kgnad" / "test.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row_number, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
            if len(row) < 2 or not row[1].strip():
                continue
            records.append(
                {
                    "id": f"gnad-{row_number}",
                    "title": None,
                    "text": row[1].strip(),
                    "outlet": "Der Standard",
                    "published": None,
                    "language": "de",
                    "source": "10kgnad",
                }
            )
    return records


def load_spanish(data_dir: Path) -> list[Record]:
    """Spanish news (true and fake) with Source as outlet and Headline as title."""
    return [
        {
            "id": f"es-{row.get('split', 'x')}-{row['Id']}",
            "title": (row.get("Headline") or "").strip() or None,
            "text": row["Text"],
            "outlet": (row.get("Source") or "").strip() or "unknown",
            "published": None,
            "language": "es",
            "source": "fakenewscorpus-es",
        }
        for row in _read_jsonl(data_dir / "news-es-fakenewscorpus" / "fakenews_es.jsonl")
        if (row.get("Text") or "").strip()
    ]


def load_russian(data_dir: Path) -> list[Record]:
    """Russian corus/ODS samples with outlet, date and title."""
    records: list[Record] = []
    path = data_dir / "news-ru-corus-samples" / "ods_news_ru.jsonl"
    for number, row in enumerate(_read_jsonl(path), start=1):
        if not (row.get("text") or "").strip():
            continue
        date = (row.get("date") or "")[:10] or None
        records.append(
            {
                "id": f"ru-{row.get('outlet', 'x')}-{number}",
                "title": (row.get("title") or "").strip() or None,
                "text": row["text"],
                "outlet": row.get("outlet") or "unknown",
                "published": date,
                "language": "ru",
                "source": "corus-ods",
            }
        )
    return records


#: Loaders in their fixed order; the order breaks ties when interleaving.
LOADERS = (load_reuters, load_bbc, load_german, load_spanish, load_russian)


def load_sources(data_dir: Path = DEFAULT_DATA_DIR) -> list[list[Record]]:
    """Every source's records, one list per loader, each in the source's own order."""
    if not data_dir.is_dir():
        raise FileNotFoundError(f"No data at '{data_dir}'; the corpus lives in ../shared/data/.")
    return [loader(data_dir) for loader in LOADERS]


def interleave(sources: list[list[Record]]) -> list[Record]:
    """Merge the sources in proportion to their sizes (deterministic)."""
    keyed = [
        ((position + 0.5) / len(records), order, record)
        for order, records in enumerate(sources)
        for position, record in enumerate(records)
    ]
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [record for _, _, record in keyed]


def load_articles(data_dir: Path = DEFAULT_DATA_DIR, limit: int | None = None) -> Iterator[Record]:
    """Yield the real articles (at most ``limit``), all languages interleaved, in a fixed order."""
    records = interleave(load_sources(data_dir))
    yield from records if limit is None else records[:limit]


#: Cycled collections spread their articles' dates over these 20 years (7,305 days).
SPREAD_START = date(2006, 1, 1)
SPREAD_DAYS = (date(2026, 1, 1) - SPREAD_START).days
#: Consecutive positions land far apart: coprime with 7,305, so every block of 7,305 articles
#: covers each day once.
_STRIDE = 7919


def spread_date(position: int) -> str:
    """The publication date of the article at ``position`` of a cycled collection.

    >>> spread_date(0), spread_date(1), spread_date(SPREAD_DAYS)
    ('2006-01-01', '2007-09-07', '2006-01-01')
    """
    return date.fromordinal(SPREAD_START.toordinal() + position * _STRIDE % SPREAD_DAYS).isoformat()


def cycled(records: Sequence[Record], n: int, *, dated: bool = True) -> Iterator[Record]:
    """Yield ``n`` records, repeating ``records`` with new ids (``c2-<id>``, ``c3-<id>``...).

    The first pass keeps the original ids. With ``dated``, every record gets a date spread over
    20 years (:func:`spread_date`), the first pass included, so date windows select the same
    share at any size. Lazy: the copies share the originals' strings, one small dict at a time.
    """
    if not records:
        return
    for index in range(n):
        cycle, position = divmod(index, len(records))
        record = records[position]
        if cycle or dated:
            record = {**record, "id": f"c{cycle + 1}-{record['id']}" if cycle else record["id"]}
            if dated:
                record["published"] = spread_date(index)
        yield record


@dataclass(frozen=True)
class Collection:
    """The articles of one benchmark size: the real corpus, its prefix, or it cycled.

    Iterating yields the records lazily (cycled copies are made one at a time), so a process
    holds the real corpus once whatever the size.

    >>> c = Collection([{"id": "a"}, {"id": "b"}], 3)
    >>> [r["id"] for r in c], c.cycled
    (['a', 'b', 'c2-a'], True)
    """

    base: Sequence[Record]
    size: int

    @property
    def cycled(self) -> bool:
        return self.size > len(self.base)

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[Record]:
        if self.cycled:
            return cycled(self.base, self.size)
        return iter(self.base[: self.size])

    def dates(self) -> Iterator[str | None]:
        """Every record's publication date, without building the records."""
        if self.cycled:
            return (spread_date(i) for i in range(self.size))
        return (r.get("published") for r in self.base[: self.size])

    def head(self, n: int) -> list[Record]:
        return list(islice(iter(self), n))


def collection(
    size: int | None, data_dir: Path = DEFAULT_DATA_DIR, base_limit: int | None = None
) -> Collection:
    """The collection of ``size`` articles (None: the whole real corpus), cycling the first
    ``base_limit`` real articles (None: all of them) when ``size`` is larger."""
    base = list(load_articles(data_dir, limit=base_limit))
    return Collection(base, len(base) if size is None else size)


def corpus_slice(n: int, data_dir: Path = DEFAULT_DATA_DIR) -> tuple[list[Record], bool]:
    """The first ``n`` articles as a list, cycling beyond the corpus; returns (records, cycled)."""
    found = collection(n, data_dir)
    return list(found), found.cycled


def head(records: Iterable[Record], n: int) -> list[Record]:
    """The first ``n`` records as a list."""
    return list(islice(records, n))
