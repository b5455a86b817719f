"""The ASGI app: `service.main:app`, built by `create_app()`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool

from service import __version__
from service.api.errors import BodySizeLimit, UnexpectedErrors, install_error_handlers
from service.api.routes import router
from service.config import Settings, get_settings
from service.engine import Engine
from service.pipeline.run import Models
from service.store.sqlite import ComparisonStore

_DESCRIPTION = """
Compare news articles claim by claim. Send two or more articles about one story; the service splits each
into claims (with exact character offsets), groups the claims that report the same thing across sources, and
says for each group whether the sources **agree** or **diverge**: a number, a date, a name, who said it, a
negation, a quotation's wording, planned vs happened. Claims only one source has are listed as **unique**.

Every divergence quotes the differing words verbatim from both claims, so you can check it against the text.

**Limits**: {max_articles} articles per request, {max_article_chars:,} characters per article, {max_body_bytes:,}
bytes per request body. Every error is JSON: `{{"error": {{"status", "code", "message", "details": [{{"field",
"message"}}]}}}}`.
"""


def create_app(settings: Settings | None = None, models: Models | None = None) -> FastAPI:
    """The app; `models` lets a caller that already loaded them (tests, benchmarks) skip loading again."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = ComparisonStore(settings.database_path, settings.store_busy_timeout_seconds)
        app.state.engine = await run_in_threadpool(Engine, settings, models)
        yield
        app.state.engine = None

    app = FastAPIOffline(
        title="claim-compare",
        version=__version__,
        description=_DESCRIPTION.format(**settings.model_dump()),
        lifespan=lifespan,
        swagger_ui_parameters={"validatorUrl": None, "tryItOutEnabled": True, "defaultModelsExpandDepth": 0},
        openapi_tags=[
            {"name": "comparisons", "description": "Compare articles and fetch stored comparisons."},
            {"name": "service", "description": "Health, readiness and provenance."},
        ],
    )
    app.state.engine = None
    app.state.store = None
    install_error_handlers(app)
    app.include_router(router)
    app.add_middleware(UnexpectedErrors)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    return app


app = create_app()
