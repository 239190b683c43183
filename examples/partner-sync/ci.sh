#!/usr/bin/env bash
# The example's CI, run from a clean copy (.ci/run does): install pleo-sandbox (the tarball in
# PLEO_SANDBOX_TARBALL, else the registry), start `npx pleo-sandbox` in the background and wait for
# /healthz, generate the typed client from its served contract, then run the contract tests
# 1. in-process with pleo-sandbox/testing, 2. against the background sandbox, and
# 3. run the unchanged production script under --import pleo-sandbox/register.
set -euo pipefail
cd "$(dirname "$0")"

npm install --no-audit --no-fund ${PLEO_SANDBOX_TARBALL:+"$PLEO_SANDBOX_TARBALL"}

# A free port, so a busy machine does not matter.
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export PLEO_SANDBOX_URL="http://127.0.0.1:$PORT"

echo "--- start npx pleo-sandbox on $PLEO_SANDBOX_URL and wait for /healthz (30 s at most)"
npx pleo-sandbox --port "$PORT" --log-format json > sandbox.log 2>&1 &
SANDBOX_PID=$!
stop_sandbox() { kill -TERM "$SANDBOX_PID" 2>/dev/null || true; }
trap stop_sandbox EXIT
ready=""
for _ in $(seq 1 60); do
  if curl -fsS "$PLEO_SANDBOX_URL/healthz" >/dev/null 2>&1; then ready=yes; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then echo "pleo-sandbox did not answer /healthz within 30 s:"; cat sandbox.log; exit 1; fi

echo "--- generate the typed client from the served contract, and build"
npm run generate
npm run build

echo "--- 1. contract tests in-process (pleo-sandbox/testing)"
PLEO_SANDBOX_URL= npm test

echo "--- 2. the same contract tests against npx pleo-sandbox"
npm test

echo "--- 3. the unchanged script under --import pleo-sandbox/register"
KEY=pls_HCwgqiFEdGFS2KAtKhk9j8Y1hsBdWjy7I0sdTrr7 # the default world's ready-made users-only key
for target in "" "$PLEO_SANDBOX_URL"; do
  out=$(PLEO_SANDBOX_URL="$target" PLEO_API_KEY="$KEY" node --import pleo-sandbox/register dist/src/sync-cli.js)
  echo "${target:-in-process}: $out"
  case "$out" in *'"status":"ok"'*'"employees":24'*) ;; *) echo "unexpected: $out"; exit 1 ;; esac
done
expired=$(PLEO_API_KEY=pls_gsLZm9hUrIb04uqU5nrVrY1oFyNpD9QRCOgR4tvW node --import pleo-sandbox/register dist/src/sync-cli.js || true)
case "$expired" in *'"status":"re-authenticate"'*) echo "expired key: $expired" ;; *) echo "unexpected: $expired"; exit 1 ;; esac

echo "--- stop the sandbox: SIGTERM, port free within 2 s"
trap - EXIT
SERVER_PID=$(node -e 'const r=require("fs").readFileSync("sandbox.log","utf8").split("\n").filter(Boolean).map(JSON.parse).find(r=>r.msg==="listening");console.log(r.pid)')
kill -TERM "$SANDBOX_PID"
for _ in $(seq 1 20); do
  if ! curl -fsS "$PLEO_SANDBOX_URL/healthz" >/dev/null 2>&1; then break; fi
  sleep 0.1
done
if curl -fsS "$PLEO_SANDBOX_URL/healthz" >/dev/null 2>&1; then echo "still answering 2 s after SIGTERM"; exit 1; fi
# Alive: exists and is not a zombie (an orphan's parent may be an init that does not reap).
alive() { [ -e "/proc/$1/stat" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat"; }
for _ in $(seq 1 20); do alive "$SERVER_PID" || break; sleep 0.1; done
if alive "$SERVER_PID"; then echo "the server process $SERVER_PID is still alive"; exit 1; fi
tail -n 2 sandbox.log
echo "partner-sync: all three modes passed"
