#!/usr/bin/env bash
# Issue 9: PUT -> capaian visible. How long after an accepted sheet PUT does GET /api/capaian show the new realisasi,
# with no other writer (the floor) and while wrk's distinct-sheet writers (tulis.lua) run at 20 and at 200 connections.
#   bench/load/terlihat.sh [samples per run = 60] [writer runs = "20 200"] [time budget per run in s = 90]
# Needs wrk and python3. Builds the host in Release, starts it on a free loopback port with a fresh data directory
# (SQLite, WAL, group commit, as shipped) and the demo users, and stops it at the end. The probe (terlihat.py) owns one
# kecamatan's 2024 sheet; the writers PUT the kabupaten's sheets of 505 periods. Each writer run lasts as long as the
# probe needs (the probe starts no sample after the budget; wrk runs budget + 40 s at most and is stopped with SIGINT
# when the probe is done) and prints its accepted writes/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
SAMPEL=${1:-60}
PENULIS_RUNS=${2:-"20 200"}
ANGGARAN=${3:-90}
# What is still on its way along the chain (sheet outbox -> Kinerja inbox -> recompute queue), read from the files.
antrian() {
  python3 - "$KERJA/data" <<'PY'
import sqlite3, sys
d = sys.argv[1]
def satu(db, sql):
    try:
        c = sqlite3.connect(f"file:{d}/{db}?mode=ro", uri=True, timeout=5)
        return c.execute(sql).fetchone()
    except sqlite3.Error as e:
        return (f"? ({e})",)
o = satu("ketenagakerjaan.db", "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedOnUtc IS NULL")[0]
p = satu("kinerja.db", "SELECT COUNT(*), COUNT(DISTINCT Wilayah || '/' || IFNULL(Periode, '*')), COALESCE(SUM(Percobaan > 0), 0) FROM PermintaanHitungUlang")
print(f"   queued: {o} sheet events not yet delivered to Kinerja; {p[0]} recompute requests ({p[1]} region x period), {p[2]} of them after a failed attempt" if len(p) == 3 else f"   queued: {o}; {p[0]}")
PY
}
source bench/load/host.sh
ADMIN=$(token admin@renstra.local)
echo "host started (Release, fresh data); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== PUT -> visible, no other writers (the floor)"
python3 bench/load/terlihat.py "$URL" "$ADMIN" "$SAMPEL" 30 "$ANGGARAN" "$KERJA/data" || echo "!! the probe reported samples that never became visible"

for PENULIS in $PENULIS_RUNS; do
  echo "== PUT -> visible while $PENULIS writers PUT distinct sheets (tulis.lua); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  TOKEN="$ADMIN" wrk -t2 -c"$PENULIS" -d"$((ANGGARAN + 40))s" --latency -s bench/load/tulis.lua "$URL" >"$KERJA/wrk.out" 2>&1 &
  WRK=$!
  sleep 3 # the writers reach their pace before the first sample
  STATUS=0
  python3 bench/load/terlihat.py "$URL" "$ADMIN" "$SAMPEL" 30 "$ANGGARAN" "$KERJA/data" || STATUS=$?
  echo "-- as the writers stop:"; antrian
  kill -INT "$WRK" 2>/dev/null || true
  wait "$WRK" || true
  echo "-- the writers during this run (wrk, stopped when the probe finished):"
  grep -E 'Requests/sec|accepted writes/s|Non-2xx|non-2xx answers|Socket errors|Latency  |  (50|99)%|requests in' "$KERJA/wrk.out" || cat "$KERJA/wrk.out"
  [ "$STATUS" = 0 ] || echo "!! the probe reported samples that never became visible (exit $STATUS)"
  # Let the recompute drain the writers' backlog before the next run, so each run starts from the same state.
  sleep 5
  echo "-- 5 s after the writers stopped:"; antrian
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${TERLIHAT_LOG:-}" ] || cp "$KERJA/host.log" "$TERLIHAT_LOG"
