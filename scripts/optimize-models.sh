#!/usr/bin/env bash
# Regenerates the EF Core compiled models of module $1 (or of every module): one per provider, because SQLite and SQL
# Server annotate the same model differently — Data/CompiledModels/SqlServer for the module's context and
# Data/CompiledModels/Sqlite for its SQLite context. The host starts each context with its compiled model instead of
# building the model by conventions (CompiledModelAttribute, docs/architecture.md "Start"). scripts/add-migration.sh
# calls this; CompiledModelTests fails while a compiled model is behind its context's model.
#   scripts/optimize-models.sh [Kinerja|Ketenagakerjaan|KoperasiUmkm|Sekretariat|Evaluasi|Akun]
set -euo pipefail
cd "$(dirname "$0")/.."
modules=${1:-Akun Kinerja Ketenagakerjaan KoperasiUmkm Sekretariat Evaluasi}
project_of() { if [ "$1" = Akun ]; then echo src/Host/Renstra.Host; else echo "src/Modules/$1/Renstra.Modules.$1"; fi; }
dotnet tool restore >/dev/null
# The old models go first: one behind a changed entity may no longer compile, and the project must build to be read.
for module in $modules; do rm -rf "$(project_of "$module")/Data/CompiledModels"; done
for module in $modules; do
  project=$(project_of "$module")
  if [ "$module" = Akun ]; then context=AkunDbContext; namespace=Renstra.Host.Data.CompiledModels
  else context=${module}DbContext; namespace=Renstra.Modules.$module.Data.CompiledModels; fi
  dotnet build "$project" -v q --nologo >/dev/null
  for provider in SqlServer Sqlite; do
    ctx=$context; [ "$provider" = Sqlite ] && ctx=${context/DbContext/SqliteDbContext}
    dotnet ef dbcontext optimize --no-build --project "$project" --startup-project "$project" --context "$ctx" \
      --output-dir "Data/CompiledModels/$provider" --namespace "$namespace.$provider" >/dev/null \
      || { echo "dotnet ef dbcontext optimize failed for $ctx" >&2; exit 1; }
    # EF's own attribute would make EF use the model for every context of that type, wherever it is created; ours is
    # read only where the provider is chosen (ModuleDbContextRegistration).
    sed -i 's/^\[assembly: DbContextModel(/[assembly: Renstra.Shared.Persistence.CompiledModel(/' \
      "$project/Data/CompiledModels/$provider/${ctx}AssemblyAttributes.cs"
    # A module's internals stay internal (ArchitectureTests); the model is found through the attribute.
    sed -i 's/^    public partial class /    internal partial class /' "$project/Data/CompiledModels/$provider/"*.cs
  done
done
