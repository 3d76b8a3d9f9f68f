# presslens API and indexer image: `docker compose up` runs both (see docker-compose.yml).
# Slim Python, installed as a package, runs as an unprivileged user; the index lives on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    XDG_CACHE_HOME=/var/cache/presslens-home \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Bilingual lexicons for query translation (search?translate=true): Debian packages, GPL and
# CC BY-SA data read where Debian installs them (the same list as .ci/install-lexicons.sh;
# README "Searching across languages" says which package gives which pair).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       dict-de-en \
       apertium-eng-spa dict-freedict-spa-eng dict-freedict-eng-spa \
       mueller7-dict dict-freedict-eng-rus \
       dict-freedict-swe-eng dict-freedict-eng-swe \
       dict-freedict-swe-deu dict-freedict-deu-swe \
       dict-freedict-tur-eng dict-freedict-eng-tur \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first (cached while only the code changes), then the code.
COPY pyproject.toml README.md ./
COPY search ./search
COPY indexer ./indexer
COPY api ./api
COPY cli ./cli
COPY config ./config
# langdetect's profiles are parsed once into $XDG_CACHE_HOME (read-only at run time, mapped by
# every process). The lexicons are compiled into the index directory at build time (minutes,
# once): a new "index" volume starts with them, and `presslens index --lexicons` (docker
# compose's indexer) keeps them current when a package changes.
RUN pip install . \
    && groupadd --system --gid 10001 presslens \
    && useradd --system --uid 10001 --gid presslens --home-dir /app --shell /usr/sbin/nologin presslens \
    && mkdir -p /data/index /data/corpus \
    && presslens lexicons --index /data/index \
    && python -c "from indexer.language import warm_up; warm_up()" \
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
