# syntax=docker/dockerfile:1
# Parallax: one image for every role (PARALLAX_ROLES picks what a container runs; see docs/deploy.md).
# Build: docker build -t parallax .      Run: docker compose up (compose.yaml), or docker run parallax.

ARG NODE_VERSION=20

# ---- deps: production dependencies only, native modules compiled here ----
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
# sqlite3 compiles from source when no prebuilt binary can be fetched: it needs python3, make and g++.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Keep only the font files the coverage card draws with (the FILES of src/card/fonts.ts; test/app/docker-image.test.ts
# checks the two lists agree): 18 MB of the 162 MB the font packages install.
RUN find node_modules/@expo-google-fonts -type f \
      ! -name package.json \
      ! -name NotoSans_400Regular.ttf \
      ! -name NotoSans_700Bold.ttf \
      ! -name NotoSansArabic_400Regular.ttf \
      ! -name NotoSansSC_400Regular.ttf \
      ! -name NotoSansKR_400Regular.ttf \
      -delete \
 && find node_modules/@expo-google-fonts -type d -empty -delete

# ---- runtime: node, the pruned node_modules and the TypeScript sources (tsx runs them; there is no build step) ----
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    PARALLAX_DATA_DIR=/data \
    HTTP_PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY commands ./commands
COPY src ./src
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Needs the web role (GET /healthz answers 200 while the store and Redis answer); compose gives it to every service.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "src/bin.mjs"]
CMD ["start", "--no-prompt"]
