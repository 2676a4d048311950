"""Plain text and RTF -> Document."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from recruit.parsing.dates import RANGE
from recruit.parsing.detect import RTF, TEXT, decode_text
from recruit.parsing.model import MAX_LINES, MAX_TEXT_CHARS, Document, ParseError, TextLine
from recruit.parsing.reflow import hard_wraps_joined
from recruit.parsing.textclean import clean_line

# RTF numbers are 16-bit; longer digit runs are read (and ignored) past the tenth digit so a
# hostile "\u" + 5,000 digits never reaches int().
_RTF_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})?\d* ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}]+)", re.DOTALL
)
_RTF_SKIP = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "header",
    "footer",
    "object",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "themedata",
    "datastore",
}
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_RTF_BREAKS = {
    "par": "\n",
    "line": "\n",
    "row": "\n",
    "sect": "\n",
    "page": "\n",
    "tab": "\t",
    "cell": "\t",
}


def extract_plain(data: bytes) -> Document:
    text = decode_text(data)
    if text is None:
        raise ParseError("unsupported_type", "This text file uses an encoding we cannot read.")
    document = lines_document(hard_wraps_joined(text[:MAX_TEXT_CHARS]), TEXT)
    if sum(1 for line in document.lines[:200] if _MD_HEADING.match(line.text)) >= 2:
        document.lines = [_markdown_read(line) for line in document.lines]
    return document


# a resume written in Markdown: '## Experience', '**MA, Speech-Language Pathology**',
# '*2022-08 → Present*', '_2011 - present_', '<name@example.org>'
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
_MD_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_MD_EMPHASIS = re.compile(
    r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])|(?<![_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])"
)
_MD_AUTOLINK = re.compile(r"<([^<>\s]+@[^<>\s]+|https?://[^<>\s]+)>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+\)")


def _markdown_read(line: TextLine) -> TextLine:
    text = line.text
    heading = _MD_HEADING.match(text) is not None
    text = re.sub(r"^#{1,6}\s+", "", text)
    whole_strong = _MD_STRONG.fullmatch(text.strip()) is not None
    text = _MD_STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_LINK.sub(r"\1", _MD_AUTOLINK.sub(r"\1", text))
    return replace(line, text=text.strip(), bold=line.bold or heading or whole_strong)


def extract_rtf(data: bytes) -> Document:
    return lines_document(rtf_to_text(data.decode("latin-1")), RTF)


def lines_document(text: str, media_type: str) -> Document:
    """Lines of text, reading no further than one line past MAX_LINES (extract_document cuts
    there and says so), so a 10 MB text costs what a long resume costs."""
    lines = []
    for raw in _raw_lines(text[:MAX_TEXT_CHARS]):
        cleaned = clean_line(raw, keep_tabs=True)
        if cleaned:
            lines.append(TextLine(text=cleaned))
            if len(lines) > MAX_LINES:
                break
    return Document(lines=lines, media_type=media_type)


def _raw_lines(text: str) -> Iterator[str]:
    for match in _LINE.finditer(text):
        yield match.group(1)


def rtf_to_text(rtf: str) -> str:
    """A small RTF reader: keeps text, paragraph and tab breaks, and \\' / \\u characters.

    Characters beyond the BMP (an emoji) arrive as two \\u surrogates; they are joined, and a
    surrogate without its partner is dropped, so the text can always be saved as UTF-8."""
    out: list[str] = []
    stack: list[tuple[bool, int]] = []
    skipping = False
    skip_chars = 0
    emphasis = shown = 0  # bold and italic bits: now, and of the last text written
    for token in _RTF_TOKEN.finditer(rtf):  # one token at a time: a 10 MB file is 2M tokens
        word, arg, hexbyte, symbol, brace, text = token.groups(default="")
        if brace == "{":
            stack.append((skipping, emphasis))
        elif brace == "}":
            skipping, emphasis = stack.pop() if stack else (False, 0)
        elif symbol == "*" or word in _RTF_SKIP:
            skipping = True
        elif skipping:
            continue
        elif word in _EMPHASIS_WORDS:
            emphasis = _emphasis_after(word, arg, emphasis)
        elif word == "u" and arg:
            out.append(chr(int(arg) % 65536))
            skip_chars = 1
        elif word in _RTF_BREAKS:
            out.append(_RTF_BREAKS[word])
        elif word:
            continue
        elif hexbyte:
            if skip_chars:
                skip_chars -= 1
            else:
                out.append(bytes([int(hexbyte, 16)]).decode("cp1252", "replace"))
        elif symbol:
            out.append({"~": "\u00a0", "-": "", "_": "-"}.get(symbol, symbol))
        elif text:
            text = text.replace("\r", "").replace("\n", "")
            if skip_chars and text:
                text, skip_chars = text[1:], 0
            if text and not text.strip():
                out.append(_SPACE_RUN)
                continue
            if out and out[-1] == _SPACE_RUN and emphasis != shown:
                out[-1] = EMPHASIS_GAP
            out.append(text)
            shown = emphasis
    return emphasis_gaps_placed(_join_surrogates("".join(out)))


_EMPHASIS_WORDS = {"b": 1, "i": 2, "plain": 3}
_SPACE_RUN, EMPHASIS_GAP = "\x00", "\x01"


def _emphasis_after(word: str, arg: str, emphasis: int) -> int:
    bit = _EMPHASIS_WORDS[word]
    if word == "plain" or arg == "0":
        return emphasis & ~bit
    return emphasis | bit


def emphasis_gaps_placed(text: str) -> str:
    """'**Certified Occupational Therapy Assistant** *Prairie Meadows Senior Living & Rehab*
    *May 2021 – Present*': a job's title, employer and dates set apart only by their type,
    a space between. On a short line with a date range that change of type is a column gap;
    in a sentence it is emphasis."""
    lines = []
    for line in text.split("\n"):
        dated = RANGE.search(line) is not None and not line.rstrip().endswith(".")
        gap = "\t" if dated and len(line.split()) <= _DATED_LINE_WORDS else " "
        lines.append(line.replace(EMPHASIS_GAP, gap).replace(_SPACE_RUN, " "))
    return "\n".join(lines)


_DATED_LINE_WORDS = 20


def _join_surrogates(text: str) -> str:
    def combine(pair: re.Match[str]) -> str:
        high, low = (ord(ch) for ch in pair.group())
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    return _LONE_SURROGATE.sub("", _SURROGATE_PAIR.sub(combine, text))
