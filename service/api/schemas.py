"""The v1 HTTP contract as pydantic models (see ../shared/docs/api-contract.md); fields may be added, never
renamed or removed. Every description is written for the fact-checker reading /docs."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError


def _iso_date(value: str) -> str:
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError as error:
        raise ValueError("must be an ISO 8601 date (2025-03-03) or date-time (2025-03-03T09:30:00Z)") from error
    return value


IsoDate = Annotated[str, AfterValidator(_iso_date)]


def _a_number(value: object) -> object:
    if isinstance(value, bool | str):  # JSON true or "0.5": a number was meant to be sent as one
        raise ValueError("must be a number, not true, false or a string")
    return value


# A whole number, also written as one (21.0, as GET /v1/info reports thresholds), but not true or "21".
WholeNumber = Annotated[int, BeforeValidator(_a_number)]
Number = Annotated[float, BeforeValidator(_a_number)]


class ArticleIn(BaseModel):
    """One news article as the outlet published it."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
        description="Your identifier for the article, unique within the request (letters, digits, `.`, `_`, `-`; "
        "up to 64). Claim ids are built from it (`abc-0303:4`). Generated (`a1`, `a2`, ...) when absent.",
        examples=["abc-0303"],
    )
    source: str = Field(
        ..., min_length=1, max_length=200, description="The outlet that published the article.", examples=["ABC News"]
    )
    title: str | None = Field(None, max_length=1000, description="The headline, if you have it separately.")
    url: str | None = Field(None, max_length=2000, description="Where the article was published.")
    published_at: IsoDate | None = Field(
        None,
        description="Publication date (ISO 8601 date or date-time). Used to resolve 'on Saturday' to a calendar day "
        "and to keep claims about events months apart from being matched.",
        examples=["2025-03-03"],
    )
    text: str = Field(
        ...,
        min_length=1,
        description="The article body as plain text. Claim offsets (`start`, `end`) point into exactly this string.",
    )

    @field_validator("source", "text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not any(character.isalnum() for character in value):  # blank, zero-width or punctuation only
            raise ValueError("must contain words, not only blanks, symbols or invisible characters")
        return value


class ComparisonOptions(BaseModel):
    """Optional knobs; every one has a default that suits news coverage of one story."""

    model_config = ConfigDict(extra="forbid")

    match_threshold: Number | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="Pair score at or above which two claims count as reporting the same thing. Lower finds more "
        "loose matches, higher only close paraphrases; even at 0, claims of events weeks apart are not matched. "
        "Whatever its value, claims that quote the same words or mention the same meeting are grouped, and so is "
        "a sentence with the two another article splits it into. Default: the calibrated value shown by "
        "`GET /v1/info`.",
    )
    max_event_gap_days: WholeNumber | None = Field(
        None,
        ge=0,
        le=3650,
        description="Articles published more than this many days apart are taken to report different events, "
        "unless two claims name the same calendar day.",
    )


class ComparisonRequest(BaseModel):
    """Two or more articles about one story."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(
        ..., min_length=2, description="The articles to compare: at least 2, at most the limit in `GET /v1/info`."
    )
    options: ComparisonOptions = Field(default_factory=ComparisonOptions, description="Optional knobs.")

    @field_validator("articles")
    @classmethod
    def _unique_ids(cls, articles: list[ArticleIn]) -> list[ArticleIn]:
        seen: dict[str, int] = {}
        for index, article in enumerate(articles):
            if article.id is None:
                continue
            if article.id in seen:
                raise PydanticCustomError(
                    "duplicate_id", "'{id}' repeats articles[{first}].id; ids must be unique",
                    {"id": article.id, "first": seen[article.id], "field": f"articles[{index}].id"},
                )
            seen[article.id] = index
        return articles


class ArticleOut(BaseModel):
    id: str = Field(..., description="The article's id (yours, or generated).")
    source: str = Field(..., description="The outlet.")
    title: str | None = Field(None, description="The headline, as submitted.")
    url: str | None = Field(None, description="The address, as submitted.")
    published_at: str | None = Field(None, description="Publication date, as submitted.")


ClaimKindName = Literal["claim", "quote", "headline", "caption", "credit"]


class ClaimOut(BaseModel):
    id: str = Field(..., description="`{article_id}:{n}`, n counting claims in text order from 1.")
    article_id: str = Field(..., description="The article the claim comes from.")
    text: str = Field(..., description="The claim, verbatim: equal to the article's `text[start:end]`.")
    start: int = Field(..., ge=0, description="Offset of the claim's first character (Python code points).")
    end: int = Field(..., ge=0, description="Offset just past the claim's last character.")
    kind: ClaimKindName = Field(
        "claim",
        description="claim: a statement of fact; quote: mostly a direct quotation; headline: a headline or section "
        "head; caption: a photo caption; credit: a byline or photo credit. Claims and quotes are aligned with each "
        "other, captions only with captions.",
    )


DivergenceKind = Literal["number", "date", "entity", "attribution", "negation", "quote", "status", "contradiction"]


class DivergenceOut(BaseModel):
    kind: DivergenceKind = Field(
        ...,
        description="number: amounts differ; date: dates or weekdays differ; entity: a different person, "
        "organisation or place in the same role; attribution: different speaker; negation: one affirms what the "
        "other denies; quote: the same quotation worded differently; status: planned vs happened, alleged vs "
        "confirmed; contradiction: any other conflict (opposite words).",
    )
    a: str = Field(..., description="The differing words in the pair's first claim, verbatim (may be empty).")
    b: str = Field(..., description="The differing words in the pair's second claim, verbatim (may be empty).")
    explanation: str = Field(..., description="One line saying what differs.")


Relation = Literal["agreement", "divergence"]


class PairOut(BaseModel):
    claim_ids: list[str] = Field(..., min_length=2, max_length=2, description="The two claims compared.")
    similarity: float = Field(..., ge=0.0, le=1.0, description="Calibrated score that the two report the same thing.")
    relation: Relation = Field(..., description="agreement, or divergence when `divergences` is not empty.")
    divergences: list[DivergenceOut] = Field(default_factory=list, description="How the two differ, with evidence.")
    aligned: bool | None = Field(
        None,
        description="true when the two claims were matched on their own wording (`similarity` at or above the "
        "match threshold); false when they share a group only through its other claims. Such a pair is compared "
        "more cautiously, so its agreement means less: no difference was found in what the two have in common. "
        "null in comparisons stored before pipeline version 83.",
    )


class GroupOut(BaseModel):
    id: str = Field(..., description="`g1`, `g2`, ...; divergent groups come first.")
    status: Relation = Field(..., description="divergence when any pair in the group diverges.")
    claim_ids: list[str] = Field(..., min_length=2, description="Claims from two or more articles reporting one thing.")
    pairs: list[PairOut] = Field(..., description="The compared pairs: every two of the group's claims from different "
                                 "articles, except that each clause of a sentence one article cut in two is compared "
                                 "with its closest counterpart in another article only.")


class UniqueOut(BaseModel):
    claim_id: str = Field(..., description="A claim no other article reports.")
    article_id: str = Field(..., description="Its article.")


class SummaryOut(BaseModel):
    claims: int = Field(..., description="Claims found in all articles (all kinds).")
    groups: int = Field(..., description="Groups of aligned claims.")
    agreements: int = Field(..., description="Groups whose sources agree.")
    divergences: int = Field(..., description="Groups with at least one divergent pair.")
    unique: int = Field(..., description="Informative claims only one article has.")
    pairs: int = Field(0, description="Compared pairs across all groups.")
    divergent_pairs: int = Field(0, description="Of those, pairs that diverge.")


class ModelInfo(BaseModel):
    name: str = Field(..., description="The model.")
    version: str = Field(..., description="The version of the package that carries its weights.")
    role: str = Field(..., description="What the service uses it for.")


class Provenance(BaseModel):
    """How this result was made, so it can be cited and reproduced."""

    service_version: str = Field(..., description="claim-compare version.")
    pipeline_version: str | None = Field(
        None,
        description="Version of the comparison rules (`PIPELINE_VERSION`): results of different versions may differ. "
        "null in comparisons stored before pipeline version 83.",
    )
    models: list[ModelInfo] = Field(..., description="Models used.")
    thresholds: dict[str, float] = Field(..., description="Thresholds in force for this comparison.")


class ComparisonOut(BaseModel):
    id: str = Field(..., description="The comparison's id; `GET /v1/comparisons/{id}` returns it again.")
    created_at: str = Field(..., description="When it was computed (UTC, ISO 8601).")
    articles: list[ArticleOut] = Field(..., description="The articles compared, in request order.")
    claims: list[ClaimOut] = Field(..., description="Every claim of every article, in article and text order.")
    groups: list[GroupOut] = Field(..., description="Claims that report the same thing, across articles.")
    unique: list[UniqueOut] = Field(..., description="Details only one source has, most informative first.")
    summary: SummaryOut = Field(
        ..., description="Counts of claims, groups, agreements, divergences and unique details."
    )
    provenance: Provenance = Field(..., description="The service version, models and thresholds that made this result.")


class ErrorItem(BaseModel):
    field: str = Field(..., description="Where the problem is: `articles[1].text`, `body`, `id`.")
    message: str = Field(..., description="What is wrong there.")


class ErrorBody(BaseModel):
    status: int = Field(..., description="The HTTP status code.")
    code: str = Field(
        ...,
        description="A stable machine-readable code: invalid_request (422), invalid_body (400), too_large (413), "
        "unsupported_media_type (415), not_found (404), method_not_allowed (405), busy (503), internal_error (500).",
    )
    message: str = Field(..., description="What went wrong, for a person.")
    details: list[ErrorItem] = Field(default_factory=list, description="One entry per problem, naming the field.")


class ErrorResponse(BaseModel):
    error: ErrorBody = Field(..., description="What went wrong and where.")


class Health(BaseModel):
    status: Literal["ok", "ready", "loading"] = Field(
        ..., description="ok: the process answers; ready: models loaded; loading: not ready yet."
    )


class Limits(BaseModel):
    max_articles: int = Field(..., description="Most articles in one request.")
    max_article_chars: int = Field(..., description="Most characters in one article's text.")
    max_body_bytes: int = Field(..., description="Largest request body, in bytes.")
    max_concurrent_comparisons: int = Field(..., description="Comparisons computed at once.")


class ServiceInfo(BaseModel):
    service: str = Field(..., description="The service's name.")
    version: str = Field(..., description="The service's version.")
    pipeline_version: str = Field(..., description="Version of the comparison rules (also in results' provenance).")
    models: list[ModelInfo] = Field(..., description="Each model in use, with the version of its weights.")
    thresholds: dict[str, float] = Field(..., description="Default thresholds: match, candidate, event gap (days).")
    limits: Limits = Field(..., description="Request limits.")
