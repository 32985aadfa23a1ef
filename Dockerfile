# syntax=docker/dockerfile:1.7
# One image per service, from one build:
#   docker build --target challenges    -t citymatch/challenges .
#   docker build --target startups      -t citymatch/startups .
#   docker build --target matching      -t citymatch/matching .
#   docker build --target notifications -t citymatch/notifications .
# (docker-compose.yml builds all four.) There is no build step: each service runs its TypeScript
# with tsx (a runtime dependency of every service), as `pnpm start` does in development.
#
# Stages: base (node + pnpm) -> deps (pnpm fetch, then an offline frozen install of the whole
# workspace) -> deploy-<svc> (`pnpm deploy --prod`: the service, its production dependencies and
# the workspace packages it uses, copied, not linked) -> <svc> (node:20-slim, non-root, that
# folder only).

ARG NODE_IMAGE=node:20-slim

FROM ${NODE_IMAGE} AS base
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    CI=true
RUN npm install --global --no-fund --no-audit pnpm@10.34.9 && npm cache clean --force
WORKDIR /repo

# --- deps: every package of the lockfile into the store, then the workspace installed offline.
FROM base AS deps
# The lockfile alone decides what is fetched, so this layer is rebuilt only when it changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc ./
# The store is $PNPM_HOME/store = /pnpm/store, a BuildKit cache shared by the builds.
RUN --mount=type=cache,id=citymatch-pnpm-store,target=/pnpm/store \
    pnpm fetch
COPY . .
RUN --mount=type=cache,id=citymatch-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --offline

# --- deploy-<svc>: a self-contained folder per service. pnpm 10 deploys from the shared
# lockfile only with injected workspace packages; the flag is given here, not in .npmrc, so the
# development install keeps its symlinks and the lockfile stays as it is.
FROM deps AS deploy-challenges
RUN --mount=type=cache,id=citymatch-pnpm-store,target=/pnpm/store \
    pnpm --filter @citymatch/challenges --config.inject-workspace-packages=true \
      deploy --prod --offline /out && rm -rf /out/test

FROM deps AS deploy-startups
RUN --mount=type=cache,id=citymatch-pnpm-store,target=/pnpm/store \
    pnpm --filter @citymatch/startups --config.inject-workspace-packages=true \
      deploy --prod --offline /out && rm -rf /out/test

FROM deps AS deploy-matching
RUN --mount=type=cache,id=citymatch-pnpm-store,target=/pnpm/store \
    pnpm --filter @citymatch/matching --config.inject-workspace-packages=true \
      deploy --prod --offline /out && rm -rf /out/test

FROM deps AS deploy-notifications
RUN --mount=type=cache,id=citymatch-pnpm-store,target=/pnpm/store \
    pnpm --filter @citymatch/notifications --config.inject-workspace-packages=true \
      deploy --prod --offline /out && rm -rf /out/test

# --- runtime: what the four images share.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
# The image's `node` user (uid/gid 1000), numeric so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
STOPSIGNAL SIGTERM
# node:20-slim has neither curl nor wget; Node 20's fetch asks the service itself.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 and receives SIGTERM: the service's handler stops taking work, finishes
# what is in flight, commits offsets and exits 0 (runService in packages/service-kit).
CMD ["node", "--import", "tsx", "src/main.ts"]

FROM runtime AS challenges
COPY --from=deploy-challenges --chown=1000:1000 /out /app
ENV PORT=3101 OTEL_SERVICE_NAME=challenges
EXPOSE 3101

FROM runtime AS startups
COPY --from=deploy-startups --chown=1000:1000 /out /app
ENV PORT=3102 OTEL_SERVICE_NAME=startups
EXPOSE 3102

FROM runtime AS matching
COPY --from=deploy-matching --chown=1000:1000 /out /app
ENV PORT=3103 OTEL_SERVICE_NAME=matching
EXPOSE 3103

FROM runtime AS notifications
COPY --from=deploy-notifications --chown=1000:1000 /out /app
ENV PORT=3104 OTEL_SERVICE_NAME=notifications
EXPOSE 3104
