#!/usr/bin/env bash
# CPU profile of the host under closed-loop writers (issue 9, session 8), split by stage of an accepted write.
#   bench/profil/tulis.sh [published app dir = publish this tree] [writers = 20] [seconds = 15]
# Starts the host like bench/load/jalankan.sh, warms up with 8 s of bench/load/tulis.lua, then records SECONDS s of
# dotnet-trace's sample profiler while the writers run, and prints the host's CPU ms per accepted write over the
# recorded run and bench/profil/tahap.py's split. Needs wrk and dotnet-trace. Keeps the trace in $KEEP if set.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=${1:-}; PENULIS=${2:-20}; DETIK=${3:-15}
TRACE=$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")
if [[ -n "$APP" ]]; then export HOST_APP=$APP; fi
source bench/load/host.sh
ADMIN=$(token admin@renstra.local)
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
TOKEN=$ADMIN wrk -t2 -c"$PENULIS" -d8s -s bench/load/tulis.lua "$URL" >/dev/null
TOKEN=$ADMIN wrk -t2 -c"$PENULIS" -d"$((DETIK + 2))s" --latency -s bench/load/tulis.lua "$URL" >"$KERJA/wrk.txt" &
WRK=$!
sleep 1
C0=$(cpu)
"$TRACE" collect -p "$PID" --providers Microsoft-DotNETCore-SampleProfiler --duration "00:00:00:$DETIK" -o "$KERJA/jejak.nettrace" >/dev/null
C1=$(cpu)
wait "$WRK"
"$TRACE" convert --format speedscope "$KERJA/jejak.nettrace" -o "$KERJA/jejak" >/dev/null
AKS=$(awk '/accepted writes/ {print $3}' "$KERJA/wrk.txt")
PER=$(python3 -c "print(round(($C1 - $C0) * 10 / max($AKS * $DETIK, 1), 2))")
grep -E 'accepted|50%|99%' "$KERJA/wrk.txt"
echo "host CPU per accepted write while recorded (the profiler's own overhead included): $PER ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/profil/tahap.py "$KERJA/jejak.speedscope.json" "$PER"
if [[ -n "${KEEP:-}" ]]; then cp "$KERJA/jejak.speedscope.json" "$KEEP"; fi
