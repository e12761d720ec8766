#!/usr/bin/env bash
# The README's run command: builds with visible progress (a first build takes a few minutes on a small
# machine; `dotnet run` alone prints nothing while it builds when its output goes to a file or a pipe),
# then starts the app in Development with the demo users on http://localhost:5080.
# Arguments go to the app, e.g. scripts/run.sh --urls http://localhost:5090
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "Building Renstra (the first build takes a few minutes; later ones seconds)…"
dotnet build src/Host/Renstra.Host -v minimal -clp:NoSummary
echo "Starting Renstra; it prints where to open it and how to sign in when it is ready."
exec dotnet run --no-build --project src/Host/Renstra.Host --launch-profile Renstra.Host -- "$@"
