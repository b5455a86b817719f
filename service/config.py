"""Settings, read once from the environment (prefix CLAIM_COMPARE_)."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every limit and threshold the service uses; each can be set as CLAIM_COMPARE_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="CLAIM_COMPARE_", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Where the SQLite store lives.")
    database_name: str = Field("comparisons.sqlite3", description="File name of the store inside data_dir.")
    store_busy_timeout_seconds: float = Field(
        30.0, gt=0, description="How long a request waits for the store when another process locks it; then a 503."
    )

    max_articles: int = Field(100, ge=2, description="Most articles one comparison may hold.")
    max_article_chars: int = Field(100_000, ge=100, description="Most characters in one article's text.")
    max_body_bytes: int = Field(5_000_000, ge=1_000, description="Largest request body accepted, in bytes.")
    max_concurrent_comparisons: int = Field(2, ge=1, description="Comparisons computed at once.")
    max_waiting_comparisons: int = Field(8, ge=0, description="Comparisons that may wait; more get a 503.")

    cache_max_articles: int = Field(
        2000, ge=0, description="Prepared articles (claims, facts, embeddings) kept in memory."
    )
    cache_max_articles_on_disk: int = Field(
        20_000, ge=0, description="Prepared articles kept on disk (25-100 KB each, 42 KB typical); the oldest go first."
    )
    embedder: Literal["sentence-transformers", "onnx-int8"] = Field(
        "onnx-int8",
        description="Embedding backend: all-MiniLM-L6-v2 fine-tuned on STS-B, int8 ONNX on onnxruntime (the "
        "default; the alignment threshold is calibrated for it), or the packaged all-MiniLM-L6-v2 as it ships, "
        "fp32 through sentence-transformers (a reference: about 4x slower, less accurate on STS-B).",
    )
    embed_batch_size: int = Field(32, ge=1, description="Sentences per embedding batch.")

    match_threshold_override: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="Pair score at or above which two claims report the same thing; by default the value "
        "calibrated in models/alignment.json.",
    )
    candidate_threshold: float = Field(
        0.35, ge=0.0, le=1.0, description="Cosine below which a pair is never considered."
    )
    max_event_gap_days: int = Field(
        21, ge=0, description="Articles published further apart report different events unless a date ties them."
    )

    @property
    def database_path(self) -> Path:
        return self.data_dir / self.database_name


@lru_cache
def get_settings() -> Settings:
    return Settings()
