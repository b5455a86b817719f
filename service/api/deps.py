"""Typed dependencies: routes get the engine and store the lifespan made."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from service.api.errors import MODELS_LOADING, Overloaded
from service.engine import Engine
from service.store.sqlite import ComparisonStore


def get_engine(request: Request) -> Engine:
    engine: Engine | None = getattr(request.app.state, "engine", None)
    if engine is None:
        raise Overloaded(MODELS_LOADING, headers={"Retry-After": "5"})
    return engine


def get_store(request: Request) -> ComparisonStore:
    store: ComparisonStore = request.app.state.store
    return store


EngineDep = Annotated[Engine, Depends(get_engine)]
StoreDep = Annotated[ComparisonStore, Depends(get_store)]
