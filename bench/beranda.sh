#!/usr/bin/env bash
# Time the head of office's pages (issue 13) against a running host: signs in through the web form as the
# demo Pimpinan, warms each page 3 times, then reports median and p95 of 20 sequential requests and the size.
# The capaian download through the API (GET /api/capaian/ekspor, bearer token) is timed the same way, and once with
# If-None-Match carrying the tag of the previous answer (304).
# Usage: bench/beranda.sh [base-url=http://127.0.0.1:5080]   (start the host with --Renstra:DemoUsers=true)
set -euo pipefail
BASE="${1:-http://127.0.0.1:5080}"
JAR="$(mktemp)"; trap 'rm -f "$JAR"' EXIT
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/masuk" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" -X POST "$BASE/masuk" --data-urlencode "Email=pimpinan@renstra.local" \
  --data-urlencode "KataSandi=Renstra#2026" --data-urlencode "__RequestVerificationToken=$TOKEN"
for u in "/?tahun=2024" "/?tahun=2024&tampilan=matriks" "/?tahun=2024&tampilan=pohon" "/indikator/IKU-03" "/ekspor?tahun=2024&format=csv" "/ekspor?tahun=2024"; do
  for _ in 1 2 3; do curl -s -o /dev/null -b "$JAR" "$BASE$u"; done
  waktu=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w "%{time_total}\n" -b "$JAR" "$BASE$u"; done | sort -n |
    awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms", a[int(NR/2)]*1000, a[int(NR*0.95)]*1000}')
  echo "$u: $waktu, $(curl -s -b "$JAR" "$BASE$u" | wc -c) bytes"
done
API=$(curl -s -X POST "$BASE/api/auth/login" -H 'content-type: application/json' \
  -d '{"email":"pimpinan@renstra.local","password":"Renstra#2026"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
for u in "/api/capaian/ekspor?tahun=2024&format=csv" "/api/capaian/ekspor?tahun=2024"; do
  for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $API" "$BASE$u"; done
  waktu=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w "%{time_total}\n" -H "Authorization: Bearer $API" "$BASE$u"; done | sort -n |
    awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms", a[int(NR/2)]*1000, a[int(NR*0.95)]*1000}')
  tag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $API" "$BASE$u" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
  tak=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w "%{time_total}\n" -H "Authorization: Bearer $API" -H "If-None-Match: $tag" "$BASE$u"; done | sort -n |
    awk '{a[NR]=$1} END {printf "median %.1f ms", a[int(NR/2)]*1000}')
  status=$(curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer $API" -H "If-None-Match: $tag" "$BASE$u")
  echo "$u: $waktu, $(curl -s -H "Authorization: Bearer $API" "$BASE$u" | wc -c) bytes; with If-None-Match: $status, $tak"
done
