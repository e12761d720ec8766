#!/usr/bin/env bash
# Issue 13: what reading completeness from the stored sheets costs. GET /api/ketenagakerjaan/kelengkapan (catalog +
# ≤ 30 sheets, every period's state) and the period page /isian (three modules) against /health/live, with every
# quarter and year of the Renstra filled in part, so each read parses 30 sheets.
#   bench/load/kelengkapan.sh [seconds per run = 10] [connections = 20]
# Needs wrk. Builds the host in Release, starts it on a free loopback port with a fresh data directory, stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
DETIK=${1:-10}
KONEKSI=${2:-20}
source bench/load/host.sh
ADMIN=$(token admin@renstra.local)
for TAHUN in 2021 2022 2023 2024 2025 2026; do
  for P in "$TAHUN-T1" "$TAHUN-T2" "$TAHUN-T3" "$TAHUN-T4" "$TAHUN"; do
    curl -sf -X PUT "$URL/api/ketenagakerjaan/data/$P" -H "authorization: Bearer $ADMIN" -H 'content-type: application/json' \
      -d '{"nilai":{"PendudukUsiaKerja":98620,"AngkatanKerja":70345,"PendudukBekerja":67580,"Pengangguran":2765}}' >/dev/null
  done
done
echo "kelengkapan response: $(curl -s "$URL/api/ketenagakerjaan/kelengkapan" -H "authorization: Bearer $ADMIN" | wc -c) bytes"

# The web page with a cookie: sign in through the form (antiforgery token from the page).
JAR="$KERJA/cookies"
TOKEN=$(curl -s -c "$JAR" "$URL/masuk" | python3 -c 'import re,sys; print(re.search(r"name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$URL/masuk" --data-urlencode "Email=operator.naker@renstra.local" \
  --data-urlencode "KataSandi=Renstra#2026" --data-urlencode "__RequestVerificationToken=$TOKEN"
COOKIE=$(awk -F'\t' 'NF == 7 {printf "%s=%s; ", $6, $7}' "$JAR")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$URL/isian")" = 200 ] || { echo "sign-in for /isian failed" >&2; exit 1; }

echo "== GET /api/ketenagakerjaan/kelengkapan, $KONEKSI connections, ${DETIK}s"
wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency -H "Authorization: Bearer $ADMIN" "$URL/api/ketenagakerjaan/kelengkapan"
echo "== GET /isian (page: three modules' grids and the missing-data list), $KONEKSI connections, ${DETIK}s"
wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency -H "Cookie: $COOKIE" "$URL/isian"
echo "== GET /health/live, $KONEKSI connections, ${DETIK}s"
wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency "$URL/health/live"
