"""Split an article into typed claims with exact code-point offsets into its text.

News text is not prose: it carries headlines, datelines ("LONDON --"), photo captions and credits, bylines,
abbreviations with full stops ("U.S.", "5 p.m.") and quotations that run over several sentences. Every claim
keeps `text[start:end] == claim.text`; nothing is rewritten, only cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from service.pipeline.dates import TIME_WORDS
from service.pipeline.types import Article, Claim, ClaimKind

_LINE = re.compile(r"[^\r\n]+")
_METADATA_PREFIX = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s+")
# "LONDON -- ", "London, UK — ", "KYIV, Ukraine (Reuters) - ", "OSLO, June 22 (Reuters) - "
_DATELINE_DAY = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"  # "June 22"
_PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|[.'-])+"  # any alphabet's letters: "CONSTANȚA", "SÃO PAULO"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ ,]+(?:{_DATELINE_DAY}|{_PLACE_WORD})){{0,6}})\s*(?:\([A-Za-z .]+\)\s*)?"
    r"(?:--|—|–|-)\s+"
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)")
_PICTURE = r"(?:Photo(?:graph)?s?|Pictures?|Pics?|Images?)"
_CREDIT_BLOCK = re.compile(
    r"(contributed to (?:this|the) (?:article|report|story)|^\(?(?:By|Reporting by|Additional reporting by|"
    rf"Writing by|Editing by|Edited by|Photo(?:graph)?:|{_PICTURE}\s+by)\s)",
    re.IGNORECASE,
)
# A short line that only credits: "Photograph: Sam Boal/PA", "Credit: Getty Images", "Image credit: Reuters",
# "Business reporter: Tom Aldridge" (not "Credit: Consumer credit rose by £1.5 billion in May.").
_SHORT_CREDIT = re.compile(
    rf"\(?(?:(?P<picture>{_PICTURE}(?:\s+credit)?|Credit)|Video)\s*:\s"
    r"|(?:[A-Z][\w-]*\s+){0,2}(?:reporter|correspondent|editor|writer)\s*:\s",
    re.IGNORECASE,
)
# A picture's credit closing its caption: "... on Tuesday. (KMRT photo)", "... evening. Photo by Marcus Lee",
# "... (Photo by Jane Doe/Getty Images)"
_TRAILING_PICTURE_CREDIT = re.compile(
    rf"(?<=[.!?])\s+(?P<credit>\((?:(?:[A-Z][\w.'&-]*\s){{1,3}}(?:photo|picture)|{_PICTURE}\s+(?:by|:)\s+[^()]{{1,60}})\)"
    r"|(?:Photo(?:graph)?|Picture)s?\s+(?:by\s+|:\s*)(?:[A-Z][\w.'-]*\s?){1,4})\s*$"
)
_AGENCIES = r"(?:Getty Images|AP Photo|AP|AFP|Reuters|EPA|Bloomberg|Shutterstock|Alamy|Pool|Sipa|NurPhoto)"
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?P<credit>(?:(?:Photo(?:graph)?|Picture|Image|Credit):\s*)?"
    rf"(?:[A-Z][\w.'-]*\s){{0,3}}[A-Z][\w.'-]*\s?/\s?"
    rf"(?:{_AGENCIES}|[A-Z][\w]*(?: [A-Z][\w]*){{0,2}}))\s*$"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
# Captions in wire copy end on the full date of the picture: "... in central London, U.K., on March 2, 2025."
_CAPTION_ENDING = re.compile(rf"\b(?:on\s+)?(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}\.$")

# Captions describe a picture in the present tense ("... embrace after a meeting in London, U.K., on March 2,
# 2025."); a sentence ending on a date that reports speech or the past is body text ("stressed that ..., which
# began ... on February 22, 2022.").
_REPORTED = re.compile(r"\b(?:said|says|told|tells|announced|would|will|was|were|had|has|by|he|she|they|began|"
                       r"stressed|emphasi[sz]ed|insisted|warned|claimed|acknowledged|noted|added|argued|vowed|"
                       r"pledged|urged)\b", re.IGNORECASE)

# A paragraph labelled as a caption: "Caption: ...", "Pictured: ...", "Above: ...", "Photo caption: ...".
_CAPTION_LABEL = re.compile(r"\s*(?:(?:Photo|Image|Picture|Video|Main)\s+)?(?:caption|pictured|above|below|top|inset|"
                            r"picture|image)\s*:", re.IGNORECASE)

_SPEECH_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|announced)\b", re.IGNORECASE)

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
    "st", "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "approx", "dept", "est",
    "det", "insp", "supt", "cmdr", "cpl", "pvt", "atty", "cllr", "fr", "amb", "pres", "asst", "mt", "coun",
    "msgr", "gens", "reps", "sens", "govs", "brig", "lieut", "cdr", "sgts", "supts",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m", "n.y", "l.a", "ph.d", "i.e", "e.g",
}
# Abbreviations that also end sentences: "... at 5 p.m. He said" splits, "the U.S. Senate" does not.
_CAN_END_SENTENCE = {"a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "etc", "inc", "ltd", "co", "jr", "sr"}
_SENTENCE_STARTERS = {
    "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these", "those", "there",
    "but", "and", "however", "meanwhile", "in", "on", "at", "his", "her", "their", "its", "our", "after",
    "before", "when", "while", "as", "if", "officials", "police", "some", "many", "mr", "mrs", "ms",
}
_CLAUSE_BREAK = re.compile(r"(?:;\s+|,\s+(?:while|whereas)\s+)")
# "..., and German Chancellor Olaf Scholz emphasized that ...", "..., and public broadcaster A Punt said ...": a
# second subject, named, with its own verb.
_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAMED_SUBJECT_BREAK = re.compile(
    rf",\s+and\s+(?=(?:[a-z][\w'’-]*\s+){{0,3}}(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|said|told)\b)"
)
# "..., and the mayor has signed the measure": a second subject named by a common noun, with an auxiliary and a
# participle of its own (not "..., and the company's shares", which may end a list; a bare past tense, "..., and
# its chief executive denied", is left whole: split off, its first half loses the company it reports for), but "...,
# and a farmers' cooperative said ..." reports a statement of its own.
_COMMON_SUBJECT_BREAK = re.compile(
    r",\s+and\s+(?=(?:the|its|their|his|her|a|an)\s+(?:(?!(?:who|that|which)\b)[\w'’-]+\s+){0,3}?"
    r"(?:(?:has|have|had|was|were|is|are|will|would|also)\s+(?:not\s+|also\s+|already\s+)?[a-z]+(?:ed|en|n)|said)\b)"
)
# "..., stating that the UK would stand with the country": what the subject said, a claim of its own. Only
# reported speech: "..., claiming the lives of twelve" is no statement, and a direct quotation stays with whoever
# is quoted (", stating, \"We must never ...\""), since who said it is evidence.
_REPORTING_BREAK = re.compile(
    r",\s+(?=(?:stating|saying|adding|noting|warning|insisting|arguing|emphasi[sz]ing|stressing|declaring|"
    r"claiming|explaining|pledging|promising|vowing)\s+that\s+(?![\"“‘']))"
)
# "Starmer, who welcomed Zelensky on March 1, stated that ...": the relative clause reports a fact of its own.
_RELATIVE_CLAUSE = re.compile(r"^(?P<head>[^,]{2,80}),\s+who\s+[^,]+?(?P<close>,\s+)(?=[a-z]+(?:ed|s)\b)")
# "... he met with Keir Starmer, who assured him of the UK's support.": so does one that ends the sentence,
# unless it quotes ("..., who declared: \"...\""): a direct quotation stays with whoever is quoted.
_TRAILING_RELATIVE_BREAK = re.compile(r",\s+(?=who\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|said|told)\b[^,;\"“‘]*$)")
_COMMA = re.compile(r",\s+")
_MIN_CLAUSE_WORDS = 6
# "..., just two days after Zelensky clashed with Trump": the event a sentence is dated by, a claim of its own.
_BACKGROUND_EVENT = re.compile(
    # not a span the act lasted or was moved by: "for six weeks after", "delayed by at most six weeks after"
    r"(?<!\bfor)(?<!\bover)(?<!\bwithin)(?<!\bby)(?<!\bmost)(?<!\bleast)(?<!\bthan)(?<!\babout)(?<!\bnearly)"
    r"(?<!\balmost)(?<!\bsome)(?<!\baround)(?<!\bup to),?\s+(?=(?:(?:just|only|shortly|soon)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|following)\s+(?!\w+ing\b)(?P<event>))",
    re.IGNORECASE,
)
_MIN_BACKGROUND_WORDS = 5
_MAX_MERGED_QUOTE_CHARS = 450


def segment(article: Article, article_index: int) -> list[Claim]:
    """Cut an article into claims, in text order, each typed and with exact offsets."""
    pieces = list(_pieces(article.text))
    return [
        Claim(
            id=f"{article.id}:{number}",
            article_id=article.id,
            article_index=article_index,
            text=article.text[start:end],
            start=start,
            end=end,
            kind=kind,
            sentence=sentence if sentence != (start, end) else None,
        )
        for number, (start, end, kind, sentence) in enumerate(pieces, start=1)
    ]


# A piece: start, end, kind, and the [start, end) of the sentence it is part of.
_Piece = tuple[int, int, ClaimKind, tuple[int, int]]


def _pieces(text: str) -> Iterator[_Piece]:
    blocks = [_strip(text, line.start(), line.end()) for line in _LINE.finditer(text)]
    blocks = [(start, end) for start, end in blocks if start < end]
    for position, (start, end) in enumerate(blocks):
        prefix = _METADATA_PREFIX.match(text, start, end)
        if prefix:
            start = prefix.end()
        following = text[slice(*blocks[position + 1])] if position + 1 < len(blocks) else ""
        credit = _short_credit(following)
        # A text of one short line is a claim someone wants compared, not a headline over nothing.
        yield from _block_pieces(text, start, end, may_be_headline=len(blocks) > 1,
                                 before_a_picture_credit=credit is not None and credit.group("picture") is not None)


def _is_credit_block(block: str) -> bool:
    long_credit = _CREDIT_BLOCK.search(block) and len(block.split()) <= 30 and not _opens_on_by(block)
    return bool(long_credit) or _short_credit(block) is not None


def _short_credit(block: str) -> re.Match[str] | None:
    """A short line that only credits, no sentence of its own ("Photo: Flooded streets. Credit: ...")."""
    if len(block.split()) > 8 or re.search(r"[?!]|\.\s", block):
        return None
    return _SHORT_CREDIT.match(block)


def _opens_on_by(block: str) -> bool:
    """ "By midday, Halvorsen's stock had fallen 7.4%", "By Christmas, prices had risen 20%.": a sentence that opens
    on "by", not a byline, which names its writers ("By Jane Doe and Ali Khan, Associated Press", "By JANE DOE",
    "By Jane Doe, staff writer, with additional reporting from Ali Khan")."""
    if re.match(r"By\s", block, re.IGNORECASE) is None:
        return False
    opening = re.match(r"By\s+([^\W\d_][\w.'’-]*)", block, re.IGNORECASE)  # "By 2030, ...": a sentence
    first = opening.group(1).rstrip(",") if opening else ""
    if not first[:1].isupper() or first.lower() in TIME_WORDS:
        return True
    lowercase = sum(w.islower() and w not in _BYLINE_WORDS for w in re.findall(r"[A-Za-z]+", block))
    return lowercase > 2 and block.rstrip().endswith((".", "!", "?", '"', "”"))


_BYLINE_WORDS = frozenset({"and", "of", "the", "in", "for", "with", "from", "staff", "writer", "reporter",
                           "correspondent", "editor", "contributor", "senior", "chief", "additional", "reporting"})


def _block_pieces(
    text: str, start: int, end: int, *, may_be_headline: bool, before_a_picture_credit: bool = False
) -> Iterator[_Piece]:
    """`before_a_picture_credit`: the next line credits a picture ("Photograph: Sam Boal/PA"), so a short line of
    one sentence here is its caption."""
    block = text[start:end]
    if _is_credit_block(block):
        yield start, end, ClaimKind.CREDIT, (start, end)
        return
    if _CAPTION_LABEL.match(block):  # "Caption: Kofi Asante holds up a shirt. Credit: Getty Images", whole
        yield start, end, ClaimKind.CAPTION, (start, end)
        return
    credit = _TRAILING_CREDIT.search(block) or _TRAILING_PICTURE_CREDIT.search(block)
    if credit is None and may_be_headline and _is_headline(block):
        yield start, end, ClaimKind.HEADLINE, (start, end)
        return

    body_end = start + credit.start() if credit else end
    body_end = _strip(text, start, body_end)[1]
    sentences = list(_sentences(text, start, body_end))
    # A credit after a paragraph that reports speech closes body text, not a caption: "..., ministers said on
    # Monday. Photograph: Stefan Rousseau/PA"
    # a one-sentence line above its picture's credit, told in the present as captions are ("A pharmacist holds a
    # box of tablets.", "A Northgate Bank branch in Leeds.")
    above_its_credit = before_a_picture_credit and len(sentences) == 1 and len(block.split()) <= 20 and not (
        _REPORTED.search(block))
    is_caption = above_its_credit or (
        credit is not None and not _SPEECH_REPORTED.search(text[start:body_end])) or (
        len(sentences) == 1
        and bool(_CAPTION_ENDING.search(text[start:body_end]))
        and not _REPORTED.search(text[start:body_end])
        and len(block.split()) < 70
    )
    for s_start, s_end in sentences:
        if is_caption:
            yield s_start, s_end, ClaimKind.CAPTION, (s_start, s_end)
            continue
        for c_start, c_end in _clauses(text, s_start, s_end):
            yield c_start, c_end, _claim_kind(text[c_start:c_end]), (s_start, s_end)
    if credit:
        yield start + credit.start("credit"), end, ClaimKind.CREDIT, (start + credit.start("credit"), end)


def _is_headline(block: str) -> bool:
    """Headlines and section heads: short lines that do not end a sentence."""
    stripped = block.rstrip("\"”’' ")
    return len(block.split()) <= 25 and not stripped.endswith((".", "!", "?", ":"))


def _claim_kind(sentence: str) -> ClaimKind:
    quoted = sum(_quote_mask(sentence, 0, len(sentence)))
    return ClaimKind.QUOTE if quoted >= 0.4 * len(sentence) else ClaimKind.CLAIM


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    dateline = _DATELINE.match(text, start, end)
    if dateline and _looks_like_dateline(dateline.group("place")):
        start = dateline.end()
    inside_quote = _quote_mask(text, start, end)
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        boundary = match.end()
        if not _is_boundary(text, match.start(), boundary, end):
            continue
        open_quote = inside_quote[boundary - start - 1] if boundary > start else False
        if open_quote and boundary - sentence_start < _MAX_MERGED_QUOTE_CHARS:
            continue
        s_start, s_end = _strip(text, sentence_start, boundary)
        if s_start < s_end:
            yield s_start, s_end
        sentence_start = boundary
    s_start, s_end = _strip(text, sentence_start, end)
    if s_start < s_end:
        yield s_start, s_end


_NOT_PLACES = frozenset({"FILE", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS"})


def dateline_places(text: str) -> list[str]:
    """The places the article's datelines name ("WELLINGTON, New Zealand (AP) —": "Wellington", "New Zealand"),
    which no claim holds."""
    places = []
    for line in re.finditer(r"^[^\S\n]*\S.*$", text, re.MULTILINE):
        dateline = _DATELINE.match(text, line.start(), line.end())
        if dateline and _looks_like_dateline(dateline.group("place")):
            parts = re.split(r"\s*,\s*", dateline.group("place"))
            places += [p.title() if p.isupper() else p for p in parts
                       if p and not re.match(_DATELINE_DAY, p) and p.upper() not in _NOT_PLACES]
    return places


_PLACE_JOINERS = frozenset({"and", "of", "the", "de", "del", "da", "upon", "on"})


def _looks_like_dateline(place: str) -> bool:
    city, _, country = place.partition(",")
    # Capitalised words only; "and", "of" only in a country after an upper-case city ("SARAJEVO, Bosnia and
    # Herzegovina"): not "prices, analysts said - ", nor "OPEC and Russia - the core of OPEC+ - agreed".
    joiners = _PLACE_JOINERS if country and city.isupper() else frozenset()
    words = [word for word in re.split(r"[ ,]+", place) if word and word[0].isalpha()]
    if any(not word[0].isupper() and word not in joiners for word in words[1:]) or not words[0][0].isupper():
        return False
    first = place.split()[0].rstrip(",")
    return (first.isupper() and len(first) >= 3) or "," in place


def _is_boundary(text: str, punct_start: int, boundary: int, end: int) -> bool:
    following = text[boundary:end].lstrip()
    if not following:
        return True
    first = following[0]
    if not (first.isupper() or first.isdigit() or first in "\"“‘'([`"):
        # Lower case after a full stop still starts a sentence in lower-cased copy ("... need. she said"),
        # unless the full stop ends an abbreviation or an initial.
        if not first.isalpha() or text[punct_start] != "." or text[boundary - 1] in "\"”’')]":
            return False  # '... the better.' she told' goes on after the quotation
    if text[punct_start] != ".":
        return True
    word_start = punct_start
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“":
        word_start -= 1
    word = text[word_start:punct_start].lower()
    if len(word) == 1 and word.isalpha():  # an initial: "Donald J. Trump"
        return False
    if word in ("no", "nos") and first.isdigit():  # "No. 10 Downing Street"
        return False
    if word in _ABBREVIATIONS:
        if word not in _CAN_END_SENTENCE:
            return False
        next_word = re.match(r"[\"“‘']?([A-Za-z]+)", following)
        return bool(next_word and next_word.group(1)[0].isupper() and next_word.group(1).lower() in _SENTENCE_STARTERS)
    return True


def _quote_mask(text: str, start: int, end: int) -> list[bool]:
    """For each position of the block: is it inside a quotation that closes within the block?"""
    block = text[start:end]
    mask = [False] * len(block)
    straight_balanced = block.count('"') % 2 == 0
    curly_balanced = block.count("“") == block.count("”")
    inside_straight = False
    curly_depth = 0
    for i, char in enumerate(block):
        if char == '"' and straight_balanced:
            inside_straight = not inside_straight
        elif char == "“" and curly_balanced:
            curly_depth += 1
        elif char == "”" and curly_balanced and curly_depth:
            curly_depth -= 1
        mask[i] = inside_straight or curly_depth > 0
    return mask


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A compound sentence carries two claims: "A did X, while B did Y" -> "A did X" / "B did Y"; so do "A did X,
    and B did Y", "A did X, stating that Y" and "A, who did X, did Y"."""
    inside_quote = _quote_mask(text, start, end)
    clause_start = start
    for match in sorted(_breaks(text, start, end), key=lambda m: m.start()):
        if match.start() < clause_start or inside_quote[match.start() - start]:
            continue
        left = text[clause_start : match.start()]
        right = text[match.end() : min(end, match.end() + 400)]  # enough to count a clause's first words
        if len(left.split()) < _MIN_CLAUSE_WORDS or len(right.split()) < _MIN_CLAUSE_WORDS:
            continue
        # "..., while insisting that": no subject of its own (a reporting verb is one by design)
        if match.re is _CLAUSE_BREAK and right.split()[0].lower().endswith("ing"):
            continue
        # "the UK, France, and Italy attended": the last item of a list, not a second subject
        if match.re is _NAMED_SUBJECT_BREAK and len(left.rsplit(",", 1)[-1].split()) < 3:
            continue
        # "According to the indictment, Smith stole $2 million, and the money was used ...": both are the source's
        if match.re is _COMMON_SUBJECT_BREAK and re.match(r"\s*according\s+to\b", text[start:end], re.IGNORECASE):
            continue
        yield from _background_events(text, clause_start, match.start(), inside_quote, start)
        clause_start = match.end()
    yield from _background_events(text, clause_start, end, inside_quote, start)


def _breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    yield from _CLAUSE_BREAK.finditer(text, start, end)
    yield from _NAMED_SUBJECT_BREAK.finditer(text, start, end)
    yield from _COMMON_SUBJECT_BREAK.finditer(text, start, end)
    yield from _REPORTING_BREAK.finditer(text, start, end)
    yield from _TRAILING_RELATIVE_BREAK.finditer(text, start, end)
    relative = _RELATIVE_CLAUSE.match(text[start:end])
    if relative:
        # A match object for the comma that closes the clause, at its place in the whole text.
        closing = _COMMA.match(text, start + relative.start("close"), end)
        if closing:
            yield closing


def _background_events(
    text: str, start: int, end: int, inside_quote: list[bool], mask_start: int
) -> Iterator[tuple[int, int]]:
    """ "Zelensky urged the US to stand by Ukraine following a heated exchange with Trump" reports the urging and
    the exchange; the second is split off when it runs to the clause's end (no comma after it)."""
    for match in _BACKGROUND_EVENT.finditer(text, start, end):
        if inside_quote[match.start() - mask_start]:
            continue
        event = text[match.end() : end]
        described = text[match.start("event") : end]  # the words after "after" / "following"
        too_short = len(described.split()) < _MIN_BACKGROUND_WORDS
        if too_short or len(text[start : match.start()].split()) < _MIN_CLAUSE_WORDS:
            continue
        # not where the event runs into a quotation: "said on Monday, after staff voted: \"This agreement ...\""
        if re.search(r"[,;\"“]|:\s", event) or any(inside_quote[k - mask_start] for k in (match.end(), end - 1)):
            continue  # not a clock time's colon: "to win in a world-record 2:09:31"
        yield start, match.start()
        yield match.end(), end
        return
    yield start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
