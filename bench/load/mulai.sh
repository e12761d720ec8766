#!/usr/bin/env bash
# Cold start to /health/ready (issue 9): publishes the host in Release, then starts it N times on a fresh data
# directory (first start: six SQLite databases created and migrated, the rules/ catalog imported, the demo users
# seeded) and N times on that same data (a restart: nothing pending), and prints min / median / max of both in ms,
# from process start to the first 200 of /health/ready, with the load average seen during the runs.
#   bench/load/mulai.sh [N = 5] [jit | r2r = jit]
# r2r publishes ReadyToRun images (-r linux-x64 -p:PublishReadyToRun=true; crossgen2 is restored from NuGet).
# Each start also logs its steps' times (category Renstra.Startup at Debug); the last start's lines are printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-5}
BENTUK=${2:-jit}
KERJA=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$KERJA"' EXIT
case "$BENTUK" in
  jit) dotnet publish src/Host/Renstra.Host -c Release -o "$KERJA/app" -v q --nologo >/dev/null ;;
  r2r) dotnet publish src/Host/Renstra.Host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
         -o "$KERJA/app" -v q --nologo >/dev/null ;;
  *) echo "usage: $0 [N] [jit|r2r]" >&2; exit 2 ;;
esac
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# One start on data directory $1, log $2; prints the milliseconds to the first 200 of /health/ready.
mulai() {
  local mulai selesai
  mulai=$(date +%s%N)
  env ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning Logging__LogLevel__Renstra.Startup=Debug \
    dotnet "$KERJA/app/Renstra.Host.dll" --urls "http://127.0.0.1:$PORT" --Renstra:DemoUsers=true \
    --Renstra:DataDirectory="$1" --Renstra:RulesDirectory="$PWD/rules" >"$2" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep 0.02
  done
  selesai=$(date +%s%N)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo $(( (selesai - mulai) / 1000000 ))
}

ringkas() { sort -n | awk '{ a[NR] = $1 } END { printf "min %d / median %d / max %d ms (n=%d)\n", a[1], (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)), a[NR], NR }'; }

BEBAN=()
for i in $(seq "$N"); do
  mulai "$KERJA/data$i" "$KERJA/pertama$i.log" >>"$KERJA/pertama"
  mulai "$KERJA/data$i" "$KERJA/ulang$i.log" >>"$KERJA/ulang"
  BEBAN+=("$(cut -d' ' -f1 /proc/loadavg)")
done
echo "cold start to /health/ready, Release ($BENTUK), $(nproc) cores, load average during the runs: ${BEBAN[*]}"
echo "first start (fresh data directory): $(ringkas <"$KERJA/pertama")"
echo "restart (same data, nothing pending): $(ringkas <"$KERJA/ulang")"
echo "steps of the last first start:"
grep -ho '"Message":"Start-up step [^"]*' "$KERJA/pertama$N.log" | sed 's/^"Message":"Start-up step /  /'
