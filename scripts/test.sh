#!/usr/bin/env bash
# npm test: every check the project has, in the order that fails fastest. CI runs exactly this
# (after npm ci), through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
start=$(date +%s)

step "tools for the browser tests"
bash scripts/ensure-tools.sh
step "typecheck"
npm run -s typecheck
step "lint (zero warnings)"
npm run -s lint
step "format check"
npm run -s format:check
step "content check"
npm run -s content:check
step "unit and component tests"
npm run -s test:unit
step "production build"
npm run -s build
step "first-visit size"
npm run -s size
# What depends on the server runs behind real nginx with the shipped deploy/nginx.conf, on the
# production build: headers and CSP (a violation fails any test), the service worker, the start
# page per language, and whole journeys (every page, a whole case printed) under the real CSP.
SERVER_FILES=(
  tests/e2e/security.e2e.ts
  tests/e2e/start-page.e2e.ts
  tests/e2e/offline.e2e.ts
  tests/e2e/privacy.e2e.ts
  tests/e2e/walk.e2e.ts
)
# Everything else runs once, on a bare static server, against the build made for the tests
# (`?fault=` exists only there: src/ui/faults.ts).
step "build for the end-to-end tests (faults built in)"
npm run -s build:e2e
step "end-to-end tests in Chromium"
DISCERNE_DIST=dist-e2e npm run -s test:e2e -- $(printf -- '--exclude %s ' "${SERVER_FILES[@]}")
step "end-to-end tests behind nginx (deploy/nginx.conf)"
npm run -s test:e2e:nginx -- "${SERVER_FILES[@]}"

printf '\nall checks passed in %ss\n' "$(( $(date +%s) - start ))"
