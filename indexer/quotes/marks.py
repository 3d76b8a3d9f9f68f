"""Where quoted speech is: quotation marks of every convention, dialogue dashes, speaker headings.

Pairs “…” "…" „…“ «…» »…« ‘…’ '…' and ”…” (Swedish); tolerates closing marks that are reversed or
detached from the quote (``answer, “he said``); carries a quote across paragraphs when the next
paragraph reopens it; leaves apostrophes alone.

>>> [(s.kind, "«a» b „c“"[s.start:s.end]) for s in find_marked("«a» b „c“")]
[('mark', 'a'), ('mark', 'c')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.quotes.verbs import say_words

__all__ = ["Span", "dash_lines", "find_marked", "looks_like_title", "named_by_genre", "paragraphs"]

_DOUBLE = '"“”„«»‟'
_SINGLE = "'‘’‚‹›"
_MARK_RE = re.compile(r"[\"“”„«»‟'‘’‚‹›]")
_OPEN_BEFORE = set("([{—–-/:;") | set(_DOUBLE) | set(_SINGLE)
_CLOSE_AFTER = set(".,;:!?)]}…—–-") | set(_DOUBLE) | set(_SINGLE)
_STRICT_OPENERS = "«„‚‹"
_CLOSERS = {
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "„": '“”"',
    "“": '“”"',
    "”": '”“"',
    '"': '"”“',
    "‟": '”“"',
    "‚": "‘’'",
    "‘": "’‘'",
    "'": "'’",
    "’": "’'",
}
_MAX_SINGLE = 300
_DASH_LINE = re.compile(r"[ \t\u00a0]*(?:[–—][ \t\u00a0]*|-[ \t\u00a0]+)(?=\S)")  # NBSP too
_LINE_RE = re.compile(r"[^\n]+")
_STRIP = " \t\r,;:"
_NEXT_WORDS = re.compile(r"[^\W\d_]+")
_ATTRIBUTION_REACH = 5  # words after a detached closing mark that may hold the verb
_SUBJECT_REACH = 3  # the same, after a finished sentence: "” Hailey recalled", "” said Mr Lee"
_TITLE_MAX_WORDS = 4
_MAX_RUN_ON = 3  # paragraphs a statement may run on without reopening its mark
_MAX_UNCLOSED = 1200  # an unclosed quote longer than this stops at its first sentence end
_SENTENCE_STOP = re.compile(r"[.!?…](?=\s+[^\W\d_])")
_TITLE_MAX_CHARS = 50


@dataclass(slots=True)
class Span:
    """A stretch of quoted speech: ``text[start:end]`` is the statement itself.

    ``open_at``/``close_at`` delimit it with its marks (the attribution search starts outside).
    """

    start: int
    end: int
    open_at: int
    close_at: int
    kind: str  # "mark", "dash" or "heading"
    paragraph: int
    speaker: str | None = None
    hint: str | None = None  # heading text naming the speaker


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    return [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.group().strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool, str, str]:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _OPEN_BEFORE)
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    return left, right, prev, nxt


def find_marked(text: str, paras: list[tuple[int, int]] | None = None) -> list[Span]:
    """Quotes delimited by quotation marks, in order of their opening mark."""
    paras = paragraphs(text) if paras is None else paras
    spans: list[Span] = []
    open_char = ""
    open_at = start = para_open = -1
    for p, (lo, hi) in enumerate(paras):
        if open_char:
            # a quote left open at the end of the previous paragraph continues only if this one
            # reopens it; otherwise it ended with that paragraph
            first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
            if first < hi and text[first] == open_char and open_char in _DOUBLE:
                lo = first + 1
            elif open_char in _DOUBLE and _closes_later(text, paras, p, open_char):
                pass  # the statement runs on over paragraphs that open with no mark
            else:
                _close_at_end(text, spans, open_at, start, paras[p - 1][1], para_open)
                open_char = ""
        depth = 0
        first_mark = True
        for m in _MARK_RE.finditer(text, lo, hi):
            i = m.start()
            c = m.group()
            left, right, prev, nxt = _flanks(text, i, lo, hi)
            if c in _SINGLE and prev.isalnum() and nxt.isalnum():
                continue  # apostrophe
            opens_paragraph, first_mark = first_mark and lo == paras[p][0], False
            if not open_char:
                if c in _STRICT_OPENERS or (left and not (c in _SINGLE and prev.isalnum())):
                    if c in "»’" and not prev.isspace() and i > lo:
                        continue
                    open_char, open_at, start, para_open = c, i, i + 1, p
                    if c == "'" and nxt == "'":
                        start = i + 2  # ''We gave him a chance,'': two apostrophes, one mark
                elif opens_paragraph and _lost_opening(text, lo, i, hi):
                    s, e = _trim(text, lo, i)
                    spans.append(Span(s, e, lo, i + 1, "mark", p))
                elif c in _DOUBLE and _detached_opening(text, lo, i, hi):
                    open_char, open_at, start, para_open = c, i, i + 1, p
                continue
            single_open = open_char in _SINGLE
            if c in _SINGLE and not single_open:
                continue  # nested single quote inside a double one
            if c in _DOUBLE and single_open:
                continue
            if c not in _CLOSERS.get(open_char, ""):
                continue
            if single_open and (nxt.isalpha() or (left and not right)):
                continue
            if not single_open and open_char not in "«»‹›" and left and not right:
                # a mark that opens (space before, word after) inside an open quote
                before = text[start:i].rstrip()
                ended = before[-1:] in ".!?…" and nxt.isupper()
                reach = _SUBJECT_REACH if ended else _ATTRIBUTION_REACH
                if _attribution_follows(text, i + 1, hi, reach):
                    pass  # a detached closing mark: answer, “he said / … ” Hailey recalled
                elif ended:
                    # the next paragraph of the statement, its break lost: close and reopen
                    s, e = _trim(text, start, i)
                    if e > s:
                        spans.append(Span(s, e, open_at, i, "mark", para_open))
                    open_at, start, para_open = i, i + 1, p
                    continue
                else:
                    depth += 1  # a quote inside the quote
                    continue
            elif depth:
                depth -= 1
                continue
            s, e = _trim(text, start, i)
            if e > s:
                spans.append(Span(s, e, open_at, i + 1, "mark", para_open))
            open_char = ""
        if open_char and open_char in _SINGLE:
            open_char = ""  # single quotes never span paragraphs: it was an apostrophe
    if open_char and paras:
        _close_at_end(text, spans, open_at, start, paras[-1][1], para_open)
    return spans


def _lost_opening(text: str, lo: int, i: int, hi: int) -> bool:
    """The paragraph's first mark, at ``i``, closes a statement whose opening mark was lost: it
    ends a sentence of a few words from the paragraph's start and a verb of saying follows
    ("    Son divertidos. Creo que son muy bonitos", dijo …").

    >>> t = 'We are ready", said Anna Berg.'
    >>> _lost_opening(t, 0, t.index('"'), len(t))
    True
    """
    if text[i] not in '"”»' or not text[i - 1 : i].strip() or text[i - 1] in "([{":
        return False
    words = text[lo:i].split()
    return len(words) >= 3 and _attribution_follows(text, i + 1, hi)


def _detached_opening(text: str, lo: int, i: int, hi: int) -> bool:
    """The double mark at ``i`` opens a sentence although a space follows it: it stands at a
    sentence's start (after a stop, a colon or the paragraph's start), a capital follows the
    space, and a mark that can close it comes later in the paragraph ("… Porter. “ No se
    tendrá…”, indicó.", "confesó :" Mi padrastro…"", "provocar. ” Ya estamos viendo…”").

    >>> t = 'Habló. “ No habrá tolerancia”, indicó.'
    >>> _detached_opening(t, 0, t.index("“"), len(t))
    True
    """
    j = i + 1
    while j < hi and text[j] in " \t\u00a0":
        j += 1
    if j == i + 1 or j >= hi or not (text[j].isupper() or text[j] in "¿¡"):
        return False
    if i > lo and text[i - 1] not in " \t\u00a0:":
        return False
    before = text[lo:i].rstrip(" \t\u00a0")
    if before and before[-1] not in ".:!?…":
        return False
    return any(ch in _CLOSERS[text[i]] for ch in text[j:hi])


def _closes_later(text: str, paras: list[tuple[int, int]], p: int, open_char: str) -> bool:
    """True when a paragraph soon after ``p`` closes the open quote before opening another one
    (a statement over several paragraphs that repeat no opening mark), with no mark between."""
    for lo, hi in paras[p : p + _MAX_RUN_ON]:
        for m in _MARK_RE.finditer(text, lo, hi):
            c = m.group()
            if c in _SINGLE:
                continue
            left, right, _, _ = _flanks(text, m.start(), lo, hi)
            return right and not left and c in _CLOSERS.get(open_char, "")
    return False


def _attribution_follows(text: str, pos: int, hi: int, reach: int = _ATTRIBUTION_REACH) -> bool:
    """A verb of saying among the next ``reach`` words, before the sentence ends. After a
    finished sentence the attribution is short ("… men.” Hewitt said"): a verb further on is
    the next paragraph's own ("… men. "Career sexism is about saying …")."""
    say = say_words("und")
    for n, m in enumerate(_NEXT_WORDS.finditer(text, pos, min(hi, pos + 80))):
        if n >= reach or text[pos : m.start()].strip(" ,")[-1:] in (".", "!", "?"):
            return False
        if n == 0 and reach == _SUBJECT_REACH and m.group()[:1].isupper():
            continue  # "… place. "Added to that, …": the next statement opens with the word
        if m.group().casefold() in say:
            return True
    return False


def _close_at_end(
    text: str, spans: list[Span], open_at: int, start: int, end: int, para: int
) -> None:
    """An unclosed double quote runs to the end of its paragraph if it is long enough, but
    never past a long paragraph's sentences: a mark left open in a text that lost its line
    breaks would otherwise swallow the whole article."""
    if end - start > _MAX_UNCLOSED:
        stop = _SENTENCE_STOP.search(text, start, end)
        end = stop.end() if stop else end
    s, e = _trim(text, start, end)
    if e - s >= 20 and len(text[s:e].split()) >= 4:
        spans.append(Span(s, e, open_at, e, "mark", para))


def looks_like_title(text: str, span: Span) -> bool:
    """A short capitalised stretch in marks without a final stop: a name or a title
    ("Россия-24", "Jóvenes en Desarrollo", "Britannia"), unless a verb of saying claims it.

    >>> t = 'the programme "Cero Rechazados" works'
    >>> looks_like_title(t, find_marked(t)[0])
    True
    """
    body = text[span.start : span.end]
    return (
        body[:1].isupper()
        and len(body) <= _TITLE_MAX_CHARS
        and len(body.split()) <= _TITLE_MAX_WORDS
        and body[-1:] not in ".!?…"
    )


#: nouns that name what follows them in marks: a programme, a book, a newspaper
_GENRES = frozenset(
    """programme program show series film movie book novel album song newspaper paper magazine
    channel station website blog campaign plan project operation programa serie película libro
    novela canción disco diario periódico revista canal campaña plan proyecto operación
    sendung serie film buch roman lied album zeitung magazin sender kanal kampagne projekt
    программа передача сериал фильм книга роман песня альбом газета журнал телеканал канал
    издание кампания проект операция программы передачи фильма книги газеты журнала
    телеканала издания программу передачу книгу газету""".split()
)


def named_by_genre(text: str, span: Span) -> bool:
    """True when a genre noun stands right before the marks: "the programme "Newsnight"",
    "телеканалу «Россия-24»", "del programa "Jóvenes en Desarrollo"".

    >>> t = 'Mancera entregó tarjetas del programa "Jóvenes en Desarrollo", dijo.'
    >>> named_by_genre(t, find_marked(t)[0])
    True
    """
    before = text[max(0, span.open_at - 30) : span.open_at].split()
    if not before:
        return False
    word = before[-1].strip(",;:").casefold()
    return word in _GENRES or word.rstrip("уеюа") in _GENRES


def dash_lines(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(paragraph index, content start, paragraph end) of dialogue-dash paragraphs."""
    found = []
    for p, (lo, hi) in enumerate(paras):
        m = _DASH_LINE.match(text, lo, hi)
        if m:
            found.append((p, m.end(), hi))
    return found
