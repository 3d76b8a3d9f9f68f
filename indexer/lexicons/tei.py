"""FreeDict dictionaries in their TEI (XML) source form, when a package installs them.

Only what query translation needs is read: each ``<entry>``'s ``<orth>`` and the
``<quote>`` of every ``<cit type="trans">``, in document order.

>>> import io
>>> tei = io.BytesIO(b'''<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
... <entry><form><orth>samtal</orth></form><sense><cit type="trans"><quote>talk</quote></cit>
... <cit type="trans"><quote>conversation</quote></cit></sense></entry></body></text></TEI>''')
>>> list(read_tei(tei))
[Entry(headword='samtal', translations=('talk', 'conversation'))]
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from indexer.lexicons.entries import Entry, clean_headword, clean_translations


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_tei(source: str | Path | BinaryIO) -> Iterator[Entry]:
    """Every entry with a translation of a FreeDict TEI file (streamed, any size)."""
    for _, element in ET.iterparse(source, events=("end",)):
        if _local(element.tag) != "entry":
            continue
        orth = next((e.text for e in element.iter() if _local(e.tag) == "orth"), None)
        translations: list[str] = []
        for cit in element.iter():
            if _local(cit.tag) == "cit" and cit.get("type") == "trans":
                for quote in cit:
                    if _local(quote.tag) == "quote" and quote.text:
                        for t in clean_translations(quote.text):
                            if t not in translations:
                                translations.append(t)
        headword = clean_headword(orth or "")
        element.clear()
        if headword and translations:
            yield Entry(headword, tuple(translations))
