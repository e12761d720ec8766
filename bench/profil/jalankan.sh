#!/usr/bin/env bash
# CPU profile of one hot endpoint under load (issue 9): publishes and starts the host like bench/load/jalankan.sh,
# submits one sheet, then runs wrk against PATH for SECONDS+3 s while dotnet-trace's sample profiler records SECONDS s,
# and prints the busy-CPU shares per frame (bench/profil/ringkas.py) for the pieces of a request.
#   bench/profil/jalankan.sh [path=/api/capaian?tahun=2024] [seconds=15] [connections=200]
# Needs wrk and dotnet-trace (dotnet tool install -g dotnet-trace). On a shared machine compare shares, not req/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
JALUR=${1:-/api/capaian?tahun=2024}
DETIK=${2:-15}
KONEKSI=${3:-200}
TRACE=$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")
source bench/load/host.sh
PIMPINAN=$(token pimpinan@renstra.local)
ADMIN=$(token admin@renstra.local)
curl -sf -X PUT "$URL/api/ketenagakerjaan/data/2024" -H "authorization: Bearer $ADMIN" -H 'content-type: application/json' \
  -d '{"nilai":{"AngkatanKerja":70345,"Pengangguran":2765}}' >/dev/null
sleep 2
# Warm up (tiered JIT) before recording.
wrk -t2 -c"$KONEKSI" -d5s -H "Authorization: Bearer $PIMPINAN" -H 'Accept-Encoding: gzip' "$URL$JALUR" >/dev/null
wrk -t2 -c"$KONEKSI" -d"$((DETIK + 3))s" --latency -H "Authorization: Bearer $PIMPINAN" -H 'Accept-Encoding: gzip' "$URL$JALUR" >"$KERJA/wrk.txt" &
WRK=$!
sleep 1
"$TRACE" collect -p "$PID" --providers Microsoft-DotNETCore-SampleProfiler --duration "00:00:00:$DETIK" -o "$KERJA/jejak.nettrace" >/dev/null
"$TRACE" convert --format speedscope "$KERJA/jejak.nettrace" -o "$KERJA/jejak" >/dev/null
wait "$WRK"
grep -E 'Requests/sec|99%' "$KERJA/wrk.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/profil/ringkas.py "$KERJA/jejak.speedscope.json" 0 \
  'HttpProtocol+<ProcessRequests>d' 'SocketConnection+<DoSend>d' 'SocketConnection+<DoReceive>d' \
  'AuthenticationMiddleware+<Invoke>d' 'SecureDataFormat' 'UseValidasiSesi>b__0_0>d' 'MasihBerlakuAsync>d' \
  'AuthorizationMiddleware+<Invoke>d' 'EndpointMiddleware.Invoke' 'JawabAsync>d' 'StempelCapaian.BacaAsync' \
  'DaftarCapaian.Tulis' 'Monitor.Enter_Slowpath' | grep -v '^==' | awk '!seen[$0]++' | cut -c1-160
