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
step "end-to-end tests in Chromium"
npm run -s test:e2e
# Once more behind real nginx with the shipped deploy/nginx.conf: every page under the real CSP
# (a violation fails the test). The plain run above stays: it proves a bare static host works.
step "end-to-end tests behind nginx (deploy/nginx.conf)"
npm run -s test:e2e:nginx

printf '\nall checks passed in %ss\n' "$(( $(date +%s) - start ))"
