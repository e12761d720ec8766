# Sourced by the load scripts: builds the host in Release, starts it on a free loopback port with a fresh data
# directory (SQLite, WAL, synchronous=FULL as shipped) and the demo users, waits until /health/ready answers, and
# stops it when the script ends. Sets KERJA, URL, PID, MULAI (ns before the start) and defines token <email>.
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
KERJA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$KERJA"' EXIT
# HOST_APP: an app published before (to compare two builds); else this tree is published now.
APP_DIR=${HOST_APP:-$KERJA/app}
[[ -n "${HOST_APP:-}" ]] || dotnet publish src/Host/Renstra.Host -c Release -o "$APP_DIR" -v q --nologo >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
MULAI=$(date +%s%N)
ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning \
  dotnet "$APP_DIR/Renstra.Host.dll" --urls "$URL" --Renstra:DemoUsers=true --Renstra:DataDirectory="$KERJA/data" \
  --Renstra:RulesDirectory="$PWD/rules" --Renstra:Login:PermitPerMinute=1000 >"$KERJA/host.log" 2>&1 &
PID=$!
until curl -sf "$URL/health/ready" >/dev/null; do sleep 0.05; kill -0 "$PID" || { cat "$KERJA/host.log"; exit 1; }; done

token() { curl -sf "$URL/api/auth/login" -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"Renstra#2026\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'; }
