#!/usr/bin/env bash
# Cold start to /health/ready (issue 9): publishes the host in Release, then starts it N times on a fresh data
# directory (first start: six SQLite databases created and migrated, the rules/ catalog imported, the demo users
# seeded) and N times on that same data (a restart: nothing pending), and prints min / median / max of both in ms,
# from process start to the first 200 of /health/ready, the CPU time the process used until then (user + system from
# /proc/<pid>/stat; it depends far less on the machine's load than the wall time), the RSS at that moment, and the
# load average seen.
#   bench/load/mulai.sh [N = 5] [jit | r2r = jit] [git ref to compare, e.g. main | --Setting=value]
# r2r publishes ReadyToRun images (-r linux-x64 -p:PublishReadyToRun=true; crossgen2 is restored from NuGet).
# With a git ref, that commit is exported (git archive) and published the same way, and its starts alternate with
# this checkout's, so both see the same load. With a setting instead (an argument starting with --, e.g.
# --Renstra:Database:CompiledModels=false), the same publish is started with and without it, alternating.
# Each start also logs its steps' times (category Renstra.Startup at Debug); the last start's lines are printed.
# PRODUKSI=1 in the environment starts as a deployment does: Production, the first administrator from the environment
# (one password hash) instead of the five demo users.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-5}
BENTUK=${2:-jit}
BANDING=${3:-}
KERJA=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$KERJA"' EXIT

# Publishes the host of source tree $1 to $2.
terbitkan() {
  case "$BENTUK" in
    jit) dotnet publish "$1/src/Host/Renstra.Host" -c Release -o "$2" -v q --nologo >/dev/null ;;
    r2r) dotnet publish "$1/src/Host/Renstra.Host" -c Release -r linux-x64 --self-contained false \
           -p:PublishReadyToRun=true -o "$2" -v q --nologo >/dev/null ;;
    *) echo "usage: $0 [N] [jit|r2r] [git ref]" >&2; exit 2 ;;
  esac
}
terbitkan "$PWD" "$KERJA/ini/app"
VARIAN=(ini)
SETELAN=()
if [[ "$BANDING" == --* ]]; then
  mkdir -p "$KERJA/banding"; ln -s "$KERJA/ini/app" "$KERJA/banding/app"
  VARIAN+=(banding)
elif [ -n "$BANDING" ]; then
  mkdir -p "$KERJA/sumber"
  git archive "$BANDING" | tar -x -C "$KERJA/sumber"
  terbitkan "$KERJA/sumber" "$KERJA/banding/app"
  VARIAN+=(banding)
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
TIK=$(getconf CLK_TCK)
if [ "${PRODUKSI:-0}" = 1 ]; then
  JENIS="Production, first administrator from the environment"
  LINGKUNGAN=(ASPNETCORE_ENVIRONMENT=Production Renstra__Admin__Email=admin@dinas.example Renstra__Admin__Password='Ukur#Mulai2026!')
  PENGGUNA=()
else
  JENIS="Benchmark, demo users"
  LINGKUNGAN=(ASPNETCORE_ENVIRONMENT=Benchmark)
  PENGGUNA=(--Renstra:DemoUsers=true)
fi

# One start of variant $1 on data directory $2, log $3; prints "<ms to the first 200 of /health/ready> <CPU ms> <RSS MB>".
mulai() {
  local mulai selesai cpu rss
  SETELAN=()
  [ "$1" = banding ] && [[ "$BANDING" == --* ]] && SETELAN=("$BANDING")
  mulai=$(date +%s%N)
  env "${LINGKUNGAN[@]}" Logging__LogLevel__Default=Warning Logging__LogLevel__Renstra.Startup=Debug \
    dotnet "$KERJA/$1/app/Renstra.Host.dll" --urls "http://127.0.0.1:$PORT" "${PENGGUNA[@]}" \
    --Renstra:DataDirectory="$2" --Renstra:RulesDirectory="$PWD/rules" "${SETELAN[@]}" >"$3" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { cat "$3" >&2; exit 1; }
    sleep 0.02
  done
  selesai=$(date +%s%N)
  # utime + stime: fields 14 and 15, counted after the ")" that ends the command name.
  cpu=$(sed 's/.*) //' "/proc/$PID/stat" | awk -v tik="$TIK" '{ printf "%d", ($12 + $13) * 1000 / tik }')
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$PID/status")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo "$(( (selesai - mulai) / 1000000 )) $cpu $rss"
}

ringkas() { sort -n | awk '{ a[NR] = $1 } END { printf "min %d / median %d / max %d ms", a[1], (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)), a[NR] }'; }
laporan() { echo "$(cut -d' ' -f1 "$1" | ringkas) (n=$(wc -l <"$1")); CPU $(cut -d' ' -f2 "$1" | ringkas); RSS $(cut -d' ' -f3 "$1" | ringkas | sed 's/ ms$/ MB/')"; }

BEBAN=()
for i in $(seq "$N"); do
  for v in "${VARIAN[@]}"; do
    mulai "$v" "$KERJA/$v/data$i" "$KERJA/$v/pertama$i.log" >>"$KERJA/$v/pertama"
    mulai "$v" "$KERJA/$v/data$i" "$KERJA/$v/ulang$i.log" >>"$KERJA/$v/ulang"
  done
  BEBAN+=("$(cut -d' ' -f1 /proc/loadavg)")
done
echo "cold start to /health/ready, Release ($BENTUK; $JENIS), $(nproc) cores, load average during the runs: ${BEBAN[*]}"
for v in "${VARIAN[@]}"; do
  case "$v" in ini) nama="this checkout ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', with uncommitted changes'))" ;;
               banding) if [[ "$BANDING" == --* ]]; then nama="same publish, $BANDING"; else nama="$BANDING ($(git rev-parse --short "$BANDING"))"; fi ;; esac
  echo "$nama:"
  echo "  first start (fresh data directory): $(laporan "$KERJA/$v/pertama")"
  echo "  restart (same data, nothing pending): $(laporan "$KERJA/$v/ulang")"
  echo "  steps of the last first start:"
  grep -ho '"Message":"Start-up step [^"]*' "$KERJA/$v/pertama$N.log" | sed 's/^"Message":"Start-up step /    /'
done
