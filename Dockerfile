# syntax=docker/dockerfile:1
# One image for every SmartCourse service; the SERVICE variable picks which one runs
# (users, courses, enrollments, progress, certificates):
#   docker build -t smartcourse-service .
#   docker run -e SERVICE=courses -e JWT_SECRET_KEY=... -e DATABASE_URL=... -p 8002:8000 smartcourse-service
# ENTRY overrides the entry file, e.g. ENTRY=apps/all-in-one/src/main.ts runs the embedded form.
ARG NODE_VERSION=20
FROM node:${NODE_VERSION}-slim

WORKDIR /app

# Dependencies first: this layer is rebuilt only when a manifest or the lockfile changes.
# Dev dependencies are installed on purpose: the services run their TypeScript sources through
# tsx (workspace packages export ./src/*.ts and migrations are read from beside the sources),
# so tsx is a runtime dependency here. NODE_ENV=production is set only afterwards, because
# `npm ci` would otherwise skip them.
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
RUN npm ci --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY packages packages
COPY services services
COPY apps apps
# The web app's static build (apps/web/dist): served by all-in-one at /app/, and copied into the
# Nginx gateway's web volume by compose's web-assets job and the k8s gateway's init container.
RUN npm run build:web

ARG SERVICE=users
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8000 \
    SERVICE=${SERVICE}

USER node
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# `node --import tsx` rather than the tsx CLI: one process, which receives SIGTERM itself and
# shuts down gracefully (runService). Migrations run before the service starts listening.
CMD ["sh", "-c", "exec node --import tsx \"${ENTRY:-services/${SERVICE}/src/main.ts}\""]
