# Streambot: one image for every mode (Slack HTTP, Discord, the terminal), the store and state on a volume.
# Build stage: production dependencies, with better-sqlite3's native module built for this image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund

# Runtime stage: no compilers, not root.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    STREAMBOT_DB=/data/streambot.db \
    STREAMBOT_STATE=/data/state.db \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000 8080
# Slack HTTP mode answers /healthz (and the HTTP API) on PORT; `start http` listens on STREAMBOT_HTTP_PORT
# (8080 when unset), so that service sets PORT to the same; a Discord-only service overrides this (compose.yaml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "bin/streambot.js", "start"]
