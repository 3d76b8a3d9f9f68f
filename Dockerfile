# presslens API and indexer image: `docker compose up` runs both (see docker-compose.yml).
# Slim Python, installed as a package, runs as an unprivileged user; the index lives on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first (cached while only the code changes), then the code.
COPY pyproject.toml README.md ./
COPY search ./search
COPY indexer ./indexer
COPY api ./api
COPY cli ./cli
COPY config ./config
RUN pip install . \
    && groupadd --system --gid 10001 presslens \
    && useradd --system --uid 10001 --gid presslens --home-dir /app --shell /usr/sbin/nologin presslens \
    && mkdir -p /data/index /data/corpus \
    && chown -R presslens:presslens /data/index

# Settings (every PRESSLENS_* variable is listed by `presslens config` and in the README).
ENV PRESSLENS_INDEX_PATH=/data/index \
    PRESSLENS_CORPUS_PATH=/data/corpus \
    PRESSLENS_HOST=0.0.0.0 \
    PRESSLENS_PORT=8000 \
    PRESSLENS_LOG_FORMAT=json

# The index is data, not image: a named volume (created owned by the presslens user).
VOLUME ["/data/index"]

USER presslens
EXPOSE 8000

# Healthy = ready: the index is open and readable (GET /ready answers 200; 503 until indexed).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/ready' % os.environ.get('PRESSLENS_PORT', '8000'), timeout=4)"]

# docker stop sends SIGTERM: in-flight requests finish (PRESSLENS_SHUTDOWN_TIMEOUT), exit 0.
STOPSIGNAL SIGTERM
CMD ["presslens", "serve"]
