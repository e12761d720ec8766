#!/usr/bin/env bash
# Two builds of the host side by side, measured in the same minute (the machine is shared; absolute numbers move):
# publishes git refs A and B (Release), starts each on its own loopback port and fresh data directory, submits one
# sheet, then for ROUNDS rounds runs wrk against each host in turn — the cached capaian read (gzip), /api/wilayah
# (signed in, reads no data) and /health/live — and prints one line per run.
#   bench/load/banding.sh [ref A = main] [ref B = HEAD] [seconds = 5] [connections = 200] [rounds = 3]
# APP_A / APP_B name an already published directory instead of a ref (e.g. to compare a working tree's publish).
set -euo pipefail
cd "$(dirname "$0")/../.."
REF_A=${1:-main}
REF_B=${2:-HEAD}
DETIK=${3:-5}
KONEKSI=${4:-200}
PUTARAN=${5:-3}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
KERJA=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$KERJA"' EXIT

terbit() { # ref → published directory
  local ref=$1 tujuan=$2
  mkdir -p "$tujuan/src"
  git archive "$ref" | tar -x -C "$tujuan/src"
  (cd "$tujuan/src" && dotnet publish src/Host/Renstra.Host -c Release -o "$tujuan/app" -v q --nologo >/dev/null)
  echo "$tujuan/app"
}

mulai() { # published directory, name → sets URL_<name>, TOKEN_<name>
  local app=$1 nama=$2 port url
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning \
    dotnet "$app/Renstra.Host.dll" --urls "$url" --Renstra:DemoUsers=true --Renstra:DataDirectory="$KERJA/data-$nama" \
    --Renstra:RulesDirectory="$PWD/rules" --Renstra:Login:PermitPerMinute=1000 >"$KERJA/host-$nama.log" 2>&1 &
  PIDS+=($!)
  printf -v "PID_$nama" '%s' "$!"
  until curl -sf "$url/health/ready" >/dev/null; do sleep 0.1; kill -0 "${PIDS[-1]}" || { cat "$KERJA/host-$nama.log"; exit 1; }; done
  local masuk='import json,sys; print(json.load(sys.stdin)["accessToken"])'
  local admin pimpinan
  admin=$(curl -sf "$url/api/auth/login" -H 'content-type: application/json' -d '{"email":"admin@renstra.local","password":"Renstra#2026"}' | python3 -c "$masuk")
  pimpinan=$(curl -sf "$url/api/auth/login" -H 'content-type: application/json' -d '{"email":"pimpinan@renstra.local","password":"Renstra#2026"}' | python3 -c "$masuk")
  curl -sf -X PUT "$url/api/ketenagakerjaan/data/2024" -H "authorization: Bearer $admin" -H 'content-type: application/json' \
    -d '{"nilai":{"AngkatanKerja":70345,"Pengangguran":2765}}' >/dev/null
  printf -v "URL_$nama" '%s' "$url"
  printf -v "TOKEN_$nama" '%s' "$pimpinan"
}

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system clock ticks of a process

ukur() { # name, label, path, [auth]
  local nama=$1 label=$2 jalur=$3 url token hasil pid sebelum sesudah
  url=URL_$nama; token=TOKEN_$nama; pid=PID_$nama
  sebelum=$(cpu "${!pid}")
  if [ "${4:-}" = auth ]; then
    hasil=$(wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency -H "Authorization: Bearer ${!token}" -H 'Accept-Encoding: gzip' "${!url}$jalur")
  else
    hasil=$(wrk -t2 -c"$KONEKSI" -d"${DETIK}s" --latency "${!url}$jalur")
  fi
  sesudah=$(cpu "${!pid}")
  # The host's own CPU per request (all threads, user + system) moves far less with the rest of the machine than req/s do.
  printf '%-2s %-10s %10s req/s  %5s µs CPU/req  p50 %8s  p99 %8s  errors %s  load %s\n' "$nama" "$label" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$hasil")" \
    "$(awk -v t=$((sesudah - sebelum)) -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.1f", t / hz * 1e6 / $1}' <<<"$hasil")" \
    "$(awk '$1=="50%" {print $2}' <<<"$hasil")" \
    "$(awk '$1=="99%" {print $2}' <<<"$hasil")" "$( (grep -E 'Non-2xx|Socket errors' <<<"$hasil" || echo 0) | tr '\n' ' ')" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

APP_A=${APP_A:-$(terbit "$REF_A" "$KERJA/a")}
APP_B=${APP_B:-$(terbit "$REF_B" "$KERJA/b")}
mulai "$APP_A" A
mulai "$APP_B" B
sleep 2
# Warm up every path on both (tiered JIT: the first seconds cost twice the CPU of later ones).
for nama in A B; do
  ukur "$nama" warm-up '/api/capaian?tahun=2024' auth >/dev/null
  ukur "$nama" warm-up /api/wilayah auth >/dev/null
  ukur "$nama" warm-up /health/live >/dev/null
done
echo "A = ${APP_A}, B = ${APP_B}; ${DETIK}s runs, $KONEKSI connections, alternating"
for ((i = 1; i <= PUTARAN; i++)); do
  for nama in A B; do
    ukur "$nama" capaian '/api/capaian?tahun=2024' auth
    ukur "$nama" wilayah /api/wilayah auth
    ukur "$nama" live /health/live
  done
done
