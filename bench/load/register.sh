#!/usr/bin/env bash
# Register writes with the queued derivation (issue 11): how long a register write takes to answer, and how long
# until its derived values are in the kecamatan sheet and the kabupaten's capaian.
#   bench/load/register.sh [writes = 30]
# Builds the host in Release, starts it on a free loopback port with a fresh data directory and the demo users,
# and stops it at the end. Sequential writes (one operator), each a dated service of one koperasi.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-30}
KERJA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$KERJA"' EXIT
dotnet publish src/Host/Renstra.Host -c Release -o "$KERJA/app" -v q --nologo >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning \
  dotnet "$KERJA/app/Renstra.Host.dll" --urls "$URL" --Renstra:DemoUsers=true --Renstra:DataDirectory="$KERJA/data" \
  --Renstra:RulesDirectory="$PWD/rules" --Renstra:Login:PermitPerMinute=1000 >"$KERJA/host.log" 2>&1 &
PID=$!
until curl -sf "$URL/health/ready" >/dev/null; do sleep 0.05; kill -0 "$PID" || { cat "$KERJA/host.log"; exit 1; }; done

TOKEN=$(curl -sf "$URL/api/auth/login" -H 'content-type: application/json' \
  -d '{"email":"operator.kukm@renstra.local","password":"Renstra#2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
H=(-H "authorization: Bearer $TOKEN" -H 'content-type: application/json')
antre() { curl -sf "$URL/api/register/antrian-turunan" "${H[@]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["menunggu"])'; }
tunggu() { local t0=$(date +%s%N); until [ "$(antre)" = 0 ]; do sleep 0.05; done; echo $(( ($(date +%s%N) - t0) / 1000000 )); }

ID=$(curl -sf "$URL/api/koperasi" "${H[@]}" -d '{"nomorBadanHukum":"BENCH/1","nama":"Koperasi Bench","jenis":"Jasa","kecamatan":"190601","tanggalBerdiri":"2019-01-10"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "first register write of a new kecamatan: derived values written $(tunggu) ms after the answer"

: >"$KERJA/ms"
MULAI=$(date +%s%N)
for i in $(seq 1 "$N"); do
  bulan=$(( (i % 12) + 1 ))
  curl -sf -o /dev/null -w '%{time_total}\n' "$URL/api/koperasi/$ID/layanan" "${H[@]}" \
    -d "{\"jenis\":\"Pemeriksaan\",\"tanggal\":\"2025-$(printf %02d $bulan)-10\"}" >>"$KERJA/ms"
done
echo "$N service writes answered in $(( ($(date +%s%N) - MULAI) / 1000000 )) ms in all; the queue drained $(tunggu) ms after the last answer"
python3 - "$KERJA/ms" <<'PY'
import sys, statistics
t = sorted(float(x) * 1000 for x in open(sys.argv[1]))
print(f"answer time per write: min {t[0]:.0f} ms, median {statistics.median(t):.0f} ms, p90 {t[int(len(t) * 0.9) - 1]:.0f} ms, max {t[-1]:.0f} ms")
PY
T0=$(date +%s%N)
until curl -sf "$URL/api/capaian?tahun=2025&wilayah=1906" "${H[@]}" | python3 -c '
import json,sys
c=[x for x in json.load(sys.stdin) if x["kode"]=="KEG-06"][0]
sys.exit(0 if c["realisasi"] is not None and c["status"] != "SedangDihitung" else 1)'; do sleep 0.1; done
echo "kabupaten KEG-06 2025 computed from the register $(( ($(date +%s%N) - T0) / 1000000 )) ms after the queue drained"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
