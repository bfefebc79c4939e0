#!/usr/bin/env bash
# Smoke test with curl only: walks the deployed product like a client and checks status codes and bodies.
# Usage: src/test/smoke/smoke.sh BASE_URL      (e.g. http://localhost:8080)
# The build runs it against the standalone Tomcat that `mvn -Pdemo package` also uses (same tomcat-conf, same WAR).
set -uo pipefail

BASE="${1:?usage: smoke.sh BASE_URL}"
BASE="${BASE%/}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PASSED=0
FAILED=0

# request METHOD PATH [JSON_BODY] [HEADER...] → sets STATUS, BODY, HEADERS
request() {
  local method="$1" path="$2" body="${3:-}"
  shift 3 2>/dev/null || shift $#
  local args=(-s -S -X "$method" -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' --max-time 30)
  for header in "$@"; do args+=(-H "$header"); done
  if [[ -n "$body" ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
  STATUS="$(curl "${args[@]}" "$BASE$path" 2>"$WORK/curl-error")" || STATUS="curl-failed: $(cat "$WORK/curl-error")"
  BODY="$(cat "$WORK/body" 2>/dev/null || true)"
  HEADERS="$(cat "$WORK/headers" 2>/dev/null || true)"
}

pass() { PASSED=$((PASSED + 1)); echo "  ok   $1"; }
fail() { FAILED=$((FAILED + 1)); echo "  FAIL $1"; echo "       status=$STATUS body=${BODY:0:300}"; }

# expect NAME STATUS [SUBSTRING...]: the last request answered STATUS and its body holds every SUBSTRING.
expect() {
  local name="$1" status="$2"
  shift 2
  if [[ "$STATUS" != "$status" ]]; then fail "$name (expected HTTP $status)"; return 1; fi
  for needle in "$@"; do
    if [[ "$BODY" != *"$needle"* ]]; then fail "$name (body lacks: $needle)"; return 1; fi
  done
  pass "$name"
}

# json FIELD: a top-level or data.FIELD scalar from the last body (sed only: curl is the one tool we need).
json() {
  printf '%s' "$BODY" | sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -n 1
}

echo "Smoke test against $BASE"

for _ in $(seq 1 60); do
  request GET /health
  [[ "$STATUS" == 200 ]] && break
  sleep 1
done

echo "Foundation"
request GET /health
expect "health is UP" 200 '"status":"UP"' '"db":"UP"'
request GET /no/such/path
expect "unknown path is a 404 in the envelope" 404 '"code":0' '"msg":"资源不存在"' '"data":null'
request DELETE /health
expect "wrong method is a 405 in the envelope" 405 '"code":0' '"data":null'
if grep -qi '^server:' <<<"$HEADERS"; then fail "no Server header"; else pass "no Server header"; fi
request GET /
expect "welcome page" 200 '苍穹外卖'

echo
echo "smoke: $PASSED passed, $FAILED failed"
[[ "$FAILED" == 0 ]]
