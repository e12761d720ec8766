#!/usr/bin/env bash
# The test command: sets up what the tests need on a fresh Debian machine, runs every test of the
# solution and ends with one line "N passed, N failed, N skipped". Arguments go to `dotnet test`
# (e.g. scripts/test.sh --filter "FullyQualifiedName~Masuk").
#
# The browser tests drive Debian's Chromium (no test tool may download a browser of its own): when
# it is missing it is installed with apt-get (as root, or through sudo without a password). Where no
# browser can be had the script stops before building, with one sentence saying how to get one.
# The print test of Formulir E.81 reads its PDF back with pdftotext (Debian's poppler-utils), installed the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

chromium=${RENSTRA_CHROMIUM:-/usr/bin/chromium}
sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n"
can_apt() { command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; }; }
if [ ! -x "$chromium" ] && [ -z "${RENSTRA_CHROMIUM:-}" ] && can_apt; then
  echo "Chromium is missing; installing Debian's chromium for the browser tests (apt-get)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! command -v pdftotext >/dev/null 2>&1 && can_apt; then
  echo "pdftotext is missing; installing Debian's poppler-utils for the print test (apt-get)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils >/dev/null
fi
if [ ! -x "$chromium" ]; then
  echo "The browser tests need Chromium at $chromium, which is missing: install it with 'sudo apt-get install -y chromium' (Debian/Ubuntu) or point RENSTRA_CHROMIUM at a Chromium binary, then run scripts/test.sh again." >&2
  exit 2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Renstra.Modular.sln "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies.
awk '/(Passed|Failed)! +- +Failed: /{
  gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
} END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
