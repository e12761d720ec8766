#!/usr/bin/env bash
# Load run of the HTTP host (issue 9): cold start, capaian reads vs /health/live, writers on distinct sheets, idle RSS.
#   bench/load/jalankan.sh [seconds per run = 10] [connections = 200]
# Needs wrk (Debian: apt-get install -y wrk). Builds the host in Release, starts it on a free loopback port with
# a fresh data directory (SQLite, WAL, synchronous=FULL as shipped) and the demo users, and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
DETIK=${1:-10}
KONEKSI=${2:-200}
source bench/load/host.sh
echo "cold start to /health/ready (first start: migrations, rules import, demo users): $(( ($(date +%s%N) - MULAI) / 1000000 )) ms"

ADMIN=$(token admin@renstra.local)
PIMPINAN=$(token pimpinan@renstra.local)
curl -sf -X PUT "$URL/api/ketenagakerjaan/data/2024" -H "authorization: Bearer $ADMIN" -H 'content-type: application/json' \
  -d '{"nilai":{"AngkatanKerja":70345,"Pengangguran":2765}}' >/dev/null
sleep 2
echo "capaian response: $(curl -s "$URL/api/capaian?tahun=2024" -H "authorization: Bearer $PIMPINAN" | wc -c) bytes, gzip $(curl -s "$URL/api/capaian?tahun=2024" -H "authorization: Bearer $PIMPINAN" -H 'accept-encoding: gzip' | wc -c) bytes"

# A server that has run for a while runs optimised code (tiered compilation re-compiles what is used often); a host
# measured in its first seconds is still running its first, quick JIT. Warm up, untimed, before the measured runs.
echo "== warm-up, not measured: 10 s of the capaian read (gzip and not), 5 s of /api/wilayah and of /health/live"
wrk -t2 -c"$KONEKSI" -d10s -H "Authorization: Bearer $PIMPINAN" -H 'Accept-Encoding: gzip' "$URL/api/capaian?tahun=2024" >/dev/null
wrk -t2 -c"$KONEKSI" -d5s -H "Authorization: Bearer $PIMPINAN" "$URL/api/capaian?tahun=2024" >/dev/null
wrk -t2 -c"$KONEKSI" -d5s -H "Authorization: Bearer $PIMPINAN" "$URL/api/wilayah" >/dev/null
wrk -t2 -c"$KONEKSI" -d5s "$URL/health/live" >/dev/null
echo "== GET /api/capaian?tahun=2024, $KONEKSI connections, ${DETIK}s (Accept-Encoding: gzip, as a browser asks)"
wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency -H "Authorization: Bearer $PIMPINAN" -H 'Accept-Encoding: gzip' "$URL/api/capaian?tahun=2024"
echo "== GET /api/capaian?tahun=2024, $KONEKSI connections, ${DETIK}s (no compression)"
wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency -H "Authorization: Bearer $PIMPINAN" "$URL/api/capaian?tahun=2024"
# What any signed-in request costs before its endpoint does anything (bearer token, session check, policy):
# /api/wilayah reads no database of its own.
echo "== GET /api/wilayah (signed in, no data read), $KONEKSI connections, ${DETIK}s"
wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency -H "Authorization: Bearer $PIMPINAN" "$URL/api/wilayah"
echo "== GET /health/live, $KONEKSI connections, ${DETIK}s"
wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency "$URL/health/live"
# The host's first writes create the 505 sheets and run the write path's first, quick JIT: printed as they are (the
# 20-writer measure of sessions up to 13), then the write path is warmed like the reads and measured in its steady state.
echo "== PUT distinct sheets, 20 writers, ${DETIK}s: the host's first writes (sheets created, write path not yet optimised)"
TOKEN="$ADMIN" wrk -t2 -c20 -d"${DETIK}s" --latency -s bench/load/tulis.lua "$URL"
echo "== warm-up of the write path, not measured: 20 s of 20 writers"
TOKEN="$ADMIN" wrk -t2 -c20 -d20s -s bench/load/tulis.lua "$URL" >/dev/null
for PENULIS in 20 "$KONEKSI"; do
  echo "== PUT distinct sheets, $PENULIS writers, ${DETIK}s (steady: the sheets exist, the write path is warm)"
  TOKEN="$ADMIN" wrk -t2 -c"$PENULIS" -d"${DETIK}s" --latency -s bench/load/tulis.lua "$URL"
done
sleep 5
echo "idle RSS after the runs: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/$PID/status)"
