#!/usr/bin/env bash
# Memory over a scripted session of mixed use (issue 13): RSS every minute, then idle after 1 and 5 minutes.
#   bench/load/ingatan.sh [minutes of use = 60] [requests per second = 5]
# Publishes the host in Release, starts it on a free loopback port with a fresh data directory and the demo users,
# runs bench/load/ingatan.py against it (standard-library Python 3) and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
MENIT=${1:-60}
LAJU=${2:-5}
KERJA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$KERJA"' EXIT
dotnet publish src/Host/Renstra.Host -c Release -o "$KERJA/app" -v q --nologo >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning \
  dotnet "$KERJA/app/Renstra.Host.dll" --urls "$URL" --Renstra:DemoUsers=true --Renstra:DataDirectory="$KERJA/data" \
  --Renstra:RulesDirectory="$PWD/rules" --Renstra:Login:PermitPerMinute=1000 >"$KERJA/host.log" 2>&1 &
PID=$!
until curl -sf "$URL/health/ready" >/dev/null; do sleep 0.1; kill -0 "$PID" || { cat "$KERJA/host.log"; exit 1; }; done
echo "RSS at /health/ready: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/$PID/status)"
python3 bench/load/ingatan.py "$URL" "$PID" "$MENIT" "$LAJU"
if grep -q " fail: \|Unhandled\|Exception" "$KERJA/host.log"; then echo "host log has errors:"; grep -m5 " fail: \|Unhandled\|Exception" "$KERJA/host.log"; fi
