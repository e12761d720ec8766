#!/usr/bin/env bash
# Host CPU per accepted write (issue 9, session 8): two published hosts side by side — two builds, or one build with two
# environment settings — and alternating closed-loop writer runs (bench/load/tulis.lua) against each. Prints per run the
# accepted writes/s, PUT p50/p99 and the host process's CPU (user + system, from /proc) per accepted write: robust on a
# shared machine, where wall-clock rates move with the other load.
#   bench/load/cpu-tulis.sh APP_A APP_B [rounds = 3] [seconds = 10] [writers = 20] ["ENV_A"] ["ENV_B"]
# APP_*: a directory from `dotnet publish src/Host/Renstra.Host -c Release -o DIR`. ENV_*: e.g.
# "Renstra__Outbox__DispatchImmediately=false Renstra__Outbox__SweepCron=0_0_1_1_*" (underscores in a value become spaces).
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$1; B=$2; R=${3:-3}; S=${4:-10}; W=${5:-20}; EA=${6:-}; EB=${7:-}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
K=$(mktemp -d); PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$K"' EXIT
mulai() { local n=$1 app=$2 e=$3 port v env=()
  # Only the value's underscores: a name keeps its own (DOTNET_gcServer, Renstra__Outbox__…).
  for kv in $e; do v=${kv#*=}; env+=("${kv%%=*}=${v//_/ }"); done
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  env "${env[@]}" ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning dotnet "$app/Renstra.Host.dll" \
    --urls "http://127.0.0.1:$port" --Renstra:DemoUsers=true --Renstra:DataDirectory="$K/d-$n" --Renstra:RulesDirectory="$PWD/rules" \
    --Renstra:Login:PermitPerMinute=1000 >"$K/h-$n.log" 2>&1 &
  PIDS+=($!); eval "PID_$n=$!; URL_$n=http://127.0.0.1:$port"
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.1; done
  eval "TOK_$n=$(curl -sf "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
    -d '{"email":"admin@renstra.local","password":"Renstra#2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
}
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
mulai A "$A" "$EA"; mulai B "$B" "$EB"
jalan() { local n=$1 d=$2 u t p c0 c1 out
  u=URL_$n; t=TOK_$n; p=PID_$n
  c0=$(cpu "${!p}")
  out=$(TOKEN=${!t} wrk -t2 -c"$W" -d"${d}s" --latency -s bench/load/tulis.lua "${!u}")
  c1=$(cpu "${!p}")
  local acc p50 p99
  acc=$(echo "$out" | awk '/accepted writes/ {print $3}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$n accepted/s=$acc p50=$p50 p99=$p99 cpu_ms/write=$(python3 -c "print(round(($c1 - $c0) * 10 / max($acc * $d, 1), 2))") load=$(cut -d' ' -f1 /proc/loadavg)"
}
jalan A 5 >/dev/null; jalan B 5 >/dev/null
for _ in $(seq "$R"); do jalan A "$S"; jalan B "$S"; done
