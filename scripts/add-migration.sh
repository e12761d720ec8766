#!/usr/bin/env bash
# Adds a migration named $2 for module $1 on both providers (SQL Server and SQLite), then regenerates the module's
# fresh-database script and its compiled models (a model change without a migration: scripts/optimize-models.sh).
#   scripts/add-migration.sh Kinerja TargetRiwayat
# Modules: Kinerja, Ketenagakerjaan, KoperasiUmkm, Sekretariat, Evaluasi, Akun (the host's users).
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:?module}; name=${2:?migration name}
if [ "$module" = Akun ]; then
  project=src/Host/Renstra.Host; context=AkunDbContext
else
  project=src/Modules/$module/Renstra.Modules.$module; context=${module}DbContext
fi
dotnet tool restore >/dev/null
# Regenerated at the end; the old compiled models may not compile against the changed entities.
rm -rf "$project/Data/CompiledModels"
dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
  --context "$context" --output-dir Data/Migrations/SqlServer
dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
  --context "${context/DbContext/SqliteDbContext}" --output-dir Data/Migrations/Sqlite
scripts/fresh-database-script.sh "$module"
scripts/optimize-models.sh "$module"
