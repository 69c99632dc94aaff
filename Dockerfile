# syntax=docker/dockerfile:1
# One image for every SmartCourse service; the SERVICE variable picks which one runs
# (users, courses, enrollments, progress, certificates):
#   docker build -t smartcourse-service .
#   docker run -e SERVICE=courses -e JWT_SECRET_KEY=... -e DATABASE_URL=... -p 8002:8000 smartcourse-service
# ENTRY overrides the entry file, e.g. ENTRY=apps/all-in-one/dist/main.js runs the embedded form.
# Node: the LTS line in .nvmrc (engines in package.json says the same).
ARG NODE_VERSION=24.21.0

# ---------------------------------------------------------------- build: TypeScript → dist/
FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
# Manifests first: this layer is rebuilt only when a manifest or the lockfile changes.
COPY package.json package-lock.json ./
COPY packages/service-kit/package.json packages/service-kit/
COPY packages/contracts/package.json packages/contracts/
COPY services/users/package.json services/users/
COPY services/courses/package.json services/courses/
COPY services/enrollments/package.json services/enrollments/
COPY services/progress/package.json services/progress/
COPY services/certificates/package.json services/certificates/
COPY apps/all-in-one/package.json apps/all-in-one/
COPY apps/web/package.json apps/web/
COPY packages/api-client/package.json packages/api-client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY packages packages
COPY services services
COPY apps apps
RUN npm run build
# The web app's static build (apps/web/dist): served by all-in-one at /app/, and copied into the
# Nginx gateway's web volume by compose's web-assets job and the k8s gateway's init container.
RUN npm run build:web

# ---------------------------------------------------------------- runtime: compiled JS only
FROM node:${NODE_VERSION}-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages/service-kit/package.json packages/service-kit/
COPY --from=build /app/packages/contracts/package.json packages/contracts/
COPY --from=build /app/services/users/package.json services/users/
COPY --from=build /app/services/courses/package.json services/courses/
COPY --from=build /app/services/enrollments/package.json services/enrollments/
COPY --from=build /app/services/progress/package.json services/progress/
COPY --from=build /app/services/certificates/package.json services/certificates/
COPY --from=build /app/apps/all-in-one/package.json apps/all-in-one/
COPY --from=build /app/apps/web/package.json apps/web/
COPY --from=build /app/packages/api-client/package.json packages/api-client/
# No dev dependencies (no tsx, no TypeScript, no test tools). Install scripts stay on: the argon2
# and bcrypt bindings are prebuilt packages, PGlite is WebAssembly.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/packages/service-kit/dist packages/service-kit/dist
COPY --from=build /app/packages/contracts/dist packages/contracts/dist
COPY --from=build /app/services/users/dist services/users/dist
COPY --from=build /app/services/users/migrations services/users/migrations
COPY --from=build /app/services/courses/dist services/courses/dist
COPY --from=build /app/services/courses/migrations services/courses/migrations
COPY --from=build /app/services/enrollments/dist services/enrollments/dist
COPY --from=build /app/services/enrollments/migrations services/enrollments/migrations
COPY --from=build /app/services/progress/dist services/progress/dist
COPY --from=build /app/services/progress/migrations services/progress/migrations
COPY --from=build /app/services/certificates/dist services/certificates/dist
COPY --from=build /app/services/certificates/migrations services/certificates/migrations
COPY --from=build /app/apps/all-in-one/dist apps/all-in-one/dist
COPY --from=build /app/apps/web/dist apps/web/dist

ARG SERVICE=users
# --conditions=production: workspace packages resolve to their dist/ (package.json "exports").
# --max-semi-space-size=16: Node 24's larger young generation costs ~90 MiB RSS per service at
# rest (README "Memory"); 16 MiB keeps a service near 150 MiB.
ENV HOST=0.0.0.0 \
    PORT=8000 \
    SERVICE=${SERVICE} \
    NODE_OPTIONS="--conditions=production --max-semi-space-size=16"

USER node
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# `node` itself (no npm, no wrapper): one process, which receives SIGTERM and shuts down
# gracefully (runService). Migrations run before the service starts listening.
CMD ["sh", "-c", "exec node \"${ENTRY:-services/${SERVICE}/dist/main.js}\""]
