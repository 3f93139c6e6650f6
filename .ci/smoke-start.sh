#!/usr/bin/env bash
# Starts the built app with no DATABASE_URL (embedded PGlite), checks that the login page answers 200
# and that the demo plan is in the database, stops it with Ctrl-C (SIGINT) and checks that nothing is
# left running and the data survived.
set -euo pipefail
cd "$(dirname "$0")/.."
port=3210
rm -rf .data/pglite
log=$(mktemp)
env -u DATABASE_URL PORT=$port setsid node node_modules/tsx/dist/cli.mjs scripts/start.ts >"$log" 2>&1 &
pid=$!
cleanup() { kill -INT -- "-$pid" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
  [ "$code" = 200 ] && break
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "the app exited before answering"; exit 1; fi
  sleep 1
done
[ "$code" = 200 ] || { cat "$log"; echo "login page answered $code"; exit 1; }
echo "login page: 200"
grep -q "vanphong" "$log" || { cat "$log"; echo "demo logins were not printed"; exit 1; }

kill -INT -- "-$pid"
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then echo "the app did not stop on Ctrl-C"; exit 1; fi
trap - EXIT
if curl -s -o /dev/null "http://127.0.0.1:$port/login"; then echo "something still answers on port $port"; exit 1; fi

node node_modules/tsx/dist/cli.mjs .ci/check-demo-plan.ts .data/pglite
echo "1 passed, 0 failed"
