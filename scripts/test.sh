#!/usr/bin/env bash
# npm test: every check the project has, in the order that fails fastest. CI runs exactly this
# (after npm ci), through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
last=$start
# Each step's heading, and how long the one before took: the figures behind the 300 s budget.
step() {
  local now
  now=$(date +%s)
  [ "$now" = "$start" ] || printf '   (%ss)\n' "$((now - last))"
  last=$now
  printf '\n\033[1m== %s\033[0m\n' "$*"
}

# Runs the named npm scripts side by side (two cores: the type checker and the linter each keep
# one busy), prints each one's output in order, and fails if any failed.
together() {
  local dir name status=0
  dir=$(mktemp -d)
  local -a pids=()
  for name in "$@"; do
    npm run -s "$name" >"$dir/$name.log" 2>&1 &
    pids+=($!)
  done
  local i=0
  for name in "$@"; do
    if wait "${pids[$i]}"; then printf -- '-- %s: ok\n' "$name"; else
      printf -- '-- %s: FAILED\n' "$name"
      status=1
    fi
    cat "$dir/$name.log"
    i=$((i + 1))
  done
  rm -rf "$dir"
  return $status
}

step "tools for the browser tests"
bash scripts/ensure-tools.sh
step "typecheck, lint (zero warnings), format check, content check"
together typecheck lint format:check content:check
step "unit and component tests"
npm run -s test:unit
step "production build"
npm run -s build
step "first-visit size"
npm run -s size
step "build for the end-to-end tests (faults built in)"
npm run -s build:e2e
# One run, two projects (vitest.e2e.config.ts): everything on a bare static server against the
# build made for the tests (`?fault=` exists only there: src/ui/faults.ts), and what depends on
# the server (headers and CSP, the service worker, the start page, whole journeys) behind real
# nginx with the shipped deploy/nginx.conf, on the production build.
step "end-to-end tests in Chromium (bare server and nginx)"
DISCERNE_DIST=dist-e2e npm run -s test:e2e

step "done"
printf 'all checks passed in %ss\n' "$(($(date +%s) - start))"
