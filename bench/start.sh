#!/usr/bin/env bash
# Cold start to /health: a built host started on a fresh data directory (first start: creates and
# migrates every database, imports the shipped rules, seeds the demo users), then again on the same
# data (a restart: nothing pending). Prints the seconds from process start to the first 200 of /health.
#   dotnet build src/Host/Renstra.Host -c Release && bench/start.sh [Release|Debug]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
config=${1:-Release}
dll=src/Host/Renstra.Host/bin/$config/net10.0/Renstra.Host.dll
[ -f "$dll" ] || { echo "build first: dotnet build src/Host/Renstra.Host -c $config" >&2; exit 2; }
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'rm -rf "$data"' EXIT

measure() {
  local start end pid
  start=$(date +%s.%N)
  # From the output folder, as a published app runs: its appsettings.json is the content root's.
  (cd "$(dirname "$dll")" && exec env ASPNETCORE_ENVIRONMENT=Development dotnet "$(basename "$dll")" --urls "http://127.0.0.1:$port" --Renstra:DemoUsers=true \
    --Renstra:DataDirectory="$data" --Renstra:RulesDirectory="$root/rules") >"$data/$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the host stopped; see $data/$1.log" >&2; cat "$data/$1.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%s: %.2f s to /health\n' "$1" "$(echo "$end - $start" | bc)"
}
measure "first start (empty data directory)"
measure "restart (nothing pending)"
