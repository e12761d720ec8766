#!/usr/bin/env bash
# Writes Data/Migrations/Sqlite/FreshDatabase.sql of module $1 (or of every module): its SQLite migrations as the one
# script a brand-new database is created with (SqliteFreshDatabaseScript). scripts/add-migration.sh calls it;
# FreshDatabaseScriptTests fails while a script is behind its migrations.
#   scripts/fresh-database-script.sh [Kinerja|Ketenagakerjaan|KoperasiUmkm|Sekretariat|Evaluasi|Akun]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for module in ${1:-Akun Kinerja Ketenagakerjaan KoperasiUmkm Sekretariat Evaluasi}; do
  if [ "$module" = Akun ]; then
    project=src/Host/Renstra.Host; context=AkunSqliteDbContext
  else
    project=src/Modules/$module/Renstra.Modules.$module; context=${module}SqliteDbContext
  fi
  dotnet ef migrations script --no-transactions --project "$project" --startup-project "$project" \
    --context "$context" --output "$project/Data/Migrations/Sqlite/FreshDatabase.sql"
done
