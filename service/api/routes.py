"""Routes: validate, call one engine function, shape the answer."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Request, Response, status

from service import __version__
from service.api.deps import EngineDep, StoreDep
from service.api.errors import (
    BUSY,
    ERROR_RESPONSES,
    ID_TOO_LONG,
    LOADING,
    STORE_LOCKED,
    Invalid,
    NotFound,
    Overloaded,
    TooLarge,
)
from service.api.schemas import ComparisonOut, ComparisonRequest, Health, Limits, ServiceInfo
from service.engine import ArticleDraft, Busy
from service.examples import docs_example

router = APIRouter()

_EXAMPLES = {
    "ukraine-2025": {
        "summary": "Three outlets on Zelensky after the Oval Office clash (March 2025)",
        "description": "Trimmed from the bundled ukraine-2025 corpus: shows agreements, a status divergence "
        "('slated to meet' / 'met' King Charles III), an attribution divergence (Zakharova / the Kremlin) "
        "and unique details.",
        "value": docs_example(),
    }
}


@router.post(
    "/v1/comparisons",
    operation_id="create_comparison",
    summary="Compare articles claim by claim",
    status_code=status.HTTP_201_CREATED,
    response_model=ComparisonOut,
    responses={k: v for k, v in ERROR_RESPONSES.items() if k in (400, 413, 415, 422, 503)},
    tags=["comparisons"],
)
def create_comparison(
    request: Annotated[ComparisonRequest, Body(openapi_examples=_EXAMPLES)],
    response: Response,
    engine: EngineDep,
    store: StoreDep,
) -> dict[str, Any]:
    """Split each article into claims, group the claims that report the same thing, and say where sources diverge."""
    limits = engine.settings
    if len(request.articles) > limits.max_articles:
        raise Invalid(
            f"At most {limits.max_articles} articles per comparison.",
            [("articles", f"has {len(request.articles)} articles; the limit is {limits.max_articles}")],
        )
    too_long = [
        (f"articles[{i}].text", f"has {len(a.text)} characters; the limit is {limits.max_article_chars}")
        for i, a in enumerate(request.articles)
        if len(a.text) > limits.max_article_chars
    ]
    if too_long:
        raise TooLarge(f"Articles are limited to {limits.max_article_chars} characters.", too_long)
    drafts = [ArticleDraft(**a.model_dump()) for a in request.articles]
    try:
        body = engine.compare(drafts, request.options.match_threshold, request.options.max_event_gap_days)
    except Busy as error:
        raise Overloaded(BUSY, headers={"Retry-After": "2"}) from error
    store.save(body)
    response.headers["Location"] = f"/v1/comparisons/{body['id']}"
    return body


@router.get(
    "/v1/comparisons/{comparison_id}",
    operation_id="get_comparison",
    summary="Get a stored comparison",
    response_model=ComparisonOut,
    responses={404: ERROR_RESPONSES[404], 422: ID_TOO_LONG, 503: STORE_LOCKED},
    tags=["comparisons"],
)
def get_comparison(
    comparison_id: Annotated[str, Path(description="The `id` a comparison was created with.", max_length=200)],
    store: StoreDep,
) -> dict[str, Any]:
    """The stored comparison, exactly as it was returned when created."""
    body = store.get(comparison_id)
    if body is None:
        raise NotFound(f"No comparison with id {comparison_id!r}.", [("comparison_id", "is unknown")])
    return body


@router.get("/healthz", operation_id="get_health", summary="Liveness", response_model=Health, tags=["service"])
async def healthz() -> dict[str, str]:
    """The process is up and answering (it may still be loading models)."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    operation_id="get_readiness",
    summary="Readiness",
    response_model=Health,
    responses={503: {"model": Health, "description": "Models still loading."}},
    tags=["service"],
)
async def readyz(request: Request, response: Response) -> dict[str, str]:
    """Models are loaded and comparisons can be served."""
    if getattr(request.app.state, "engine", None) is None:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return {"status": "loading"}
    return {"status": "ready"}


@router.get(
    "/v1/info",
    operation_id="get_info",
    summary="Service version, models and thresholds",
    response_model=ServiceInfo,
    responses={503: LOADING},
    tags=["service"],
)
def info(engine: EngineDep) -> dict[str, Any]:
    """What produces the results: the service version, each model with its version, thresholds and limits."""
    settings = engine.settings
    return {
        "service": "claim-compare",
        "version": __version__,
        "pipeline_version": engine.pipeline_version,
        "models": engine.model_info(),
        "thresholds": engine.thresholds(),
        "limits": Limits(
            max_articles=settings.max_articles,
            max_article_chars=settings.max_article_chars,
            max_body_bytes=settings.max_body_bytes,
            max_concurrent_comparisons=settings.max_concurrent_comparisons,
        ),
    }
