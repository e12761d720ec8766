#!/usr/bin/env bash
# Issue 9: PUT -> capaian visible. How long after an accepted sheet PUT does GET /api/capaian show the new realisasi,
# with no other writer (the floor) and while wrk's distinct-sheet writers (tulis.lua) run at 20 and at 200 connections.
#   bench/load/terlihat.sh [samples per run = 60] [writer runs = "20 200"]
# Needs wrk and python3. Builds the host in Release, starts it on a free loopback port with a fresh data directory
# (SQLite, WAL, group commit, as shipped) and the demo users, and stops it at the end. The probe (terlihat.py) owns one
# kecamatan's 2024 sheet; the writers PUT the kabupaten's sheets of 505 periods. Each writer run lasts as long as the
# probe needs (wrk is stopped with SIGINT when the probe is done, at most 120 s) and prints its accepted writes/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
SAMPEL=${1:-60}
PENULIS_RUNS=${2:-"20 200"}
source bench/load/host.sh
ADMIN=$(token admin@renstra.local)
echo "host started (Release, fresh data); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== PUT -> visible, no other writers (the floor)"
python3 bench/load/terlihat.py "$URL" "$ADMIN" "$SAMPEL" || echo "!! the probe reported samples that never became visible"

for PENULIS in $PENULIS_RUNS; do
  echo "== PUT -> visible while $PENULIS writers PUT distinct sheets (tulis.lua); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  TOKEN="$ADMIN" wrk -t2 -c"$PENULIS" -d120s --latency -s bench/load/tulis.lua "$URL" >"$KERJA/wrk.out" 2>&1 &
  WRK=$!
  sleep 3 # the writers reach their pace before the first sample
  STATUS=0
  python3 bench/load/terlihat.py "$URL" "$ADMIN" "$SAMPEL" || STATUS=$?
  kill -INT "$WRK" 2>/dev/null || true
  wait "$WRK" || true
  echo "-- the writers during this run (wrk, stopped when the probe finished):"
  grep -E 'Requests/sec|accepted writes/s|Non-2xx|Socket errors|Latency  |  (50|99)%|requests in' "$KERJA/wrk.out" || cat "$KERJA/wrk.out"
  [ "$STATUS" = 0 ] || echo "!! the probe reported samples that never became visible (exit $STATUS)"
  # Let the recompute drain the writers' backlog before the next run, so each run starts from the same state.
  sleep 5
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
