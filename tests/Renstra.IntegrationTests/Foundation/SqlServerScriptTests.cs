using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// No SQL Server runs here, so the production provider is proven offline: every module's SQL Server
/// migrations generate a script that creates the module's own schema and all its tables, and both
/// providers' migrations match the current model.
/// </summary>
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> Modules() => KonteksModul.Modules();

    private static DbContext SqlServerContext(string schema) => KonteksModul.SqlServer(schema);

    private static DbContext SqliteContext(string schema) => KonteksModul.Sqlite(schema, $"{schema}.db");

    [Theory]
    [MemberData(nameof(Modules))]
    public void Sql_server_migration_script_creates_the_module_schema_and_every_table(string schema)
    {
        using var db = SqlServerContext(schema);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains($"CREATE SCHEMA [{schema}]", script, StringComparison.Ordinal);
        Assert.Contains($"CREATE TABLE [{schema}].[__EFMigrationsHistory]", script, StringComparison.Ordinal);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct().ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
            Assert.Contains($"CREATE TABLE [{schema}].[{table}]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE TABLE [dbo]", script, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Sql_server_model_puts_every_table_in_the_module_schema(string schema)
    {
        using var db = SqlServerContext(schema);
        var ddl = db.Database.GenerateCreateScript();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            Assert.Equal(schema, entity.GetSchema());
        Assert.Contains($"CREATE TABLE [{schema}].", ddl, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Migrations_of_both_providers_match_the_model(string schema)
    {
        using var sqlServer = SqlServerContext(schema);
        Assert.False(sqlServer.Database.HasPendingModelChanges(), $"{schema}: SQL Server migrations are behind the model; run scripts/add-migration.sh");
        using var sqlite = SqliteContext(schema);
        Assert.False(sqlite.Database.HasPendingModelChanges(), $"{schema}: SQLite migrations are behind the model; run scripts/add-migration.sh");
    }
}
