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
expect "health is UP" 200 '"status":"UP"' '"version"'
if grep -q '"node"' <<<"$BODY"; then fail "anonymous health hides the node"; else pass "anonymous health hides the node"; fi
request GET /no/such/path
expect "unknown path is a 404 in the envelope" 404 '"code":0' '"msg":"资源不存在"' '"data":null'
request DELETE /health
expect "wrong method is a 405 in the envelope" 405 '"code":0' '"data":null'
if grep -qi '^server:' <<<"$HEADERS"; then fail "no Server header"; else pass "no Server header"; fi
request GET /
expect "welcome page" 200 '苍穹外卖'

echo "Order flow"
CODE="smoke-$(date +%s%N)"
request POST /user/user/login "{\"code\":\"$CODE\"}"
expect "customer login" 200 '"code":1' "\"openid\":\"$CODE\""
CUSTOMER="authentication: $(json token)"
request GET /user/order/historyOrders
expect "no token is a 401 in the envelope" 401 '"code":0'
request POST /user/addressBook '{"consignee":"冒烟","sex":"1","phone":"13700000000","provinceName":"北京市","cityName":"市辖区","districtName":"海淀区","detail":"中关村1号"}' "$CUSTOMER"
expect "add address" 200 '"code":1' '"consignee":"冒烟"'
ADDRESS="$(json id)"
request POST /user/shoppingCart/add '{"dishId":49}' "$CUSTOMER"
expect "add rice to the cart" 200 '"code":1'
request GET /user/shoppingCart/list '' "$CUSTOMER"
expect "cart lists it" 200 '"name":"米饭"' '"number":1'
request POST /user/order/submit "{\"addressBookId\":$ADDRESS,\"payMethod\":1,\"amount\":1.00,\"packAmount\":1}" "$CUSTOMER"
expect "a wrong amount is a 409" 409 '"code":0' '9.00'
request POST /user/order/submit "{\"addressBookId\":$ADDRESS,\"payMethod\":1,\"remark\":\"smoke\",\"amount\":9.00,\"packAmount\":1,\"tablewareNumber\":1,\"tablewareStatus\":1,\"deliveryStatus\":1,\"estimatedDeliveryTime\":\"2030-01-01 12:00:00\"}" "$CUSTOMER"
expect "submit" 200 '"code":1' '"orderAmount":9.00'
ORDER_ID="$(json id)"
ORDER_NUMBER="$(json orderNumber)"
request PUT /user/order/payment "{\"orderNumber\":\"$ORDER_NUMBER\",\"payMethod\":1}" "$CUSTOMER"
expect "pay" 200 '"code":1' '"packageStr"'
request PUT /user/order/payment "{\"orderNumber\":\"$ORDER_NUMBER\",\"payMethod\":1}" "$CUSTOMER"
expect "paying twice is a 409" 409 '"msg":"该订单已支付"'
request GET "/user/order/orderDetail/$ORDER_ID" '' "$CUSTOMER"
expect "order detail" 200 '"status":2' '"payStatus":1' '"orderDishes":"米饭*1;"'

request POST /admin/employee/login '{"username":"admin","password":"123456"}'
expect "staff login" 200 '"code":1' '"userName":"admin"'
STAFF="token: $(json token)"
# WebSocket handshakes, with curl: the standalone Tomcat must discover /ws/{sid} and guard it.
handshake() {
  curl -s -o /dev/null -D "$WORK/ws-headers" --max-time 2 -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
       -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: c2t5LW9yZGVycy1zbW9rZQ==' "$@" 2>/dev/null
  STATUS="$(sed -n '1s/^HTTP\/1.1 \([0-9]*\).*/\1/p' "$WORK/ws-headers")"
  BODY="(handshake)"
}
handshake "$BASE/ws/smoke"
expect "an anonymous merchant socket is refused" 401
handshake -H "$STAFF" "$BASE/ws/smoke"
expect "a staff merchant socket is upgraded" 101
TOKEN_COOKIE="Cookie: token=${STAFF#token: }"
handshake -H "$TOKEN_COOKIE" -H 'Origin: http://evil.example' "$BASE/ws/smoke"
expect "another site's page riding the stock admin's cookie is refused" 403
# server.xml's RemoteIpValve: this client (127.0.0.1) is the trusted proxy, so its X-Forwarded-Host is the host.
handshake -H "$TOKEN_COOKIE" -H 'Origin: https://shop.example' -H 'X-Forwarded-Host: shop.example' \
          -H 'X-Forwarded-Proto: https' "$BASE/ws/smoke"
expect "a page on the host a trusted proxy forwards for may use the cookie" 101

request GET /admin/order/statistics '' "$STAFF"
expect "statistics" 200 '"toBeConfirmed":' '"deliveryInProgress":'
request PUT /admin/order/complete/$ORDER_ID '' "$STAFF"
expect "completing before dispatch is refused as the tutorial's admin shows it" 200 '"code":0' '"msg":"订单状态错误"'
request PUT /admin/order/complete/$ORDER_ID '' "$STAFF" 'X-Sky-Status: http'
expect "with X-Sky-Status: http the refusal is a 409" 409 '"msg":"订单状态错误"'
request PUT /admin/order/confirm "{\"id\":$ORDER_ID}" "$STAFF"
expect "confirm" 200 '"code":1'
request PUT /admin/order/delivery/$ORDER_ID '' "$STAFF"
expect "dispatch" 200 '"code":1'
request PUT /admin/order/complete/$ORDER_ID '' "$STAFF"
expect "complete" 200 '"code":1'
request GET /admin/order/details/$ORDER_ID '' "$STAFF"
expect "the order is completed" 200 '"status":5'

# No credential in any log: the access log records the path, never the query string a ?token= rides in.
LOGS="${2:-}"
if [[ -n "$LOGS" ]]; then
  handshake "$BASE/ws/smoke?token=${STAFF#token: }"
  sleep 1
  BODY="(access log)"
  if grep -rqF "${STAFF#token: }" "$LOGS"; then STATUS=leaked; else STATUS=clean; fi
  expect "the staff token used as ?token= is in no log file" clean
fi

echo
echo "smoke: $PASSED passed, $FAILED failed"
[[ "$FAILED" == 0 ]]
