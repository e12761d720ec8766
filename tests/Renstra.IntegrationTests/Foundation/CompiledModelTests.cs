using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Host.Identity;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Ketenagakerjaan.Data;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.Sekretariat.Data;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Foundation;

/// <summary>
/// Every module context starts with the EF Core compiled model of its provider (scripts/optimize-models.sh), chosen where
/// the provider is chosen (ModuleDbContextRegistration), and that model must equal the one the context's code builds by
/// conventions: a compiled model left behind a changed entity would map the old tables and columns without a word.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string, DatabaseProvider> ModulesAndProviders()
    {
        var data = new TheoryData<string, DatabaseProvider>();
        foreach (var module in KonteksModul.Modules())
        {
            data.Add(module, DatabaseProvider.Sqlite);
            data.Add(module, DatabaseProvider.SqlServer);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ModulesAndProviders))]
    public void A_module_context_starts_with_its_providers_compiled_model_and_it_equals_the_model_by_conventions(string module, DatabaseProvider provider)
    {
        using var services = Register(module, provider, compiledModels: true);
        using var scope = services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(ContextType(module));

        var compiled = CompiledModelAttribute.Find(db.GetType());
        Assert.NotNull(compiled);
        Assert.Same(compiled, db.Model);
        Assert.EndsWith($".CompiledModels.{provider}", compiled.GetType().Namespace, StringComparison.Ordinal);
        AssertSameAsConventions(db);
    }

    [Theory]
    [MemberData(nameof(ModulesAndProviders))]
    public void With_compiled_models_off_a_module_context_builds_its_model_by_conventions(string module, DatabaseProvider provider)
    {
        using var services = Register(module, provider, compiledModels: false);
        using var scope = services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(ContextType(module));
        Assert.NotSame(CompiledModelAttribute.Find(db.GetType()), db.Model);
        Assert.NotNull(db.Model.FindEntityType(db.Model.GetEntityTypes().First().Name));
    }

    /// <summary>The check above fails when an entity changes after the model was compiled: here a column added to one.</summary>
    [Fact]
    public void The_comparison_fails_for_a_compiled_model_behind_a_changed_entity()
    {
        var options = new DbContextOptionsBuilder<KinerjaSqliteDbContext>()
            .UseModel(CompiledModelAttribute.Of<KinerjaSqliteDbContext>())
            .UseSqlite("Data Source=:memory:")
            .ReplaceService<IModelCustomizer, ColumnAddedLater>()
            .Options;
        using var db = new KinerjaSqliteDbContext(options);

        var error = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSameAsConventions(db));
        Assert.Contains(nameof(ColumnAddedLater), error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAsConventions(DbContext db)
    {
        // The design-time model is built by conventions whenever the runtime model is a compiled one. EF's migrations
        // differ cannot read a compiled (read-optimised) model, so both are written out as what the database and the
        // change tracker see — entity types, properties, keys, relationships, tables, columns and their store types —
        // and compared line by line.
        var byConventions = db.GetService<IDesignTimeModel>().Model;
        Assert.IsNotType<RuntimeModel>(byConventions, exactMatch: false);
        var expected = Describe(byConventions);
        var actual = Describe(db.Model);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The compiled model of {db.GetType().Name} is behind its entities (run scripts/optimize-models.sh). " +
            $"Only by conventions: {string.Join(" | ", missing)}. Only compiled: {string.Join(" | ", extra)}");
    }

    private static List<string> Describe(IModel model)
    {
        var lines = model.ToDebugString(MetadataDebugStringOptions.LongDefault & ~MetadataDebugStringOptions.IncludeAnnotations)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => "model: " + l)
            .ToList();
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var name = $"{table.Schema}.{table.Name}";
            lines.Add($"table {name}: key {Columns(table.PrimaryKey?.Columns)}");
            lines.AddRange(table.Columns.Select(c =>
                $"column {name}.{c.Name}: {c.StoreType} {(c.IsNullable ? "null" : "not null")} default {c.DefaultValueSql ?? c.DefaultValue}"));
            lines.AddRange(table.Indexes.Select(i => $"index {name}.{i.Name}: {Columns(i.Columns)} unique {i.IsUnique} filter {i.Filter}"));
            lines.AddRange(table.UniqueConstraints.Select(u => $"unique {name}.{u.Name}: {Columns(u.Columns)}"));
            lines.AddRange(table.ForeignKeyConstraints.Select(f =>
                $"foreign key {name}.{f.Name}: {Columns(f.Columns)} -> {f.PrincipalTable.Schema}.{f.PrincipalTable.Name} {Columns(f.PrincipalColumns)} on delete {f.OnDeleteAction}"));
        }
        return lines;

        static string Columns(IEnumerable<IColumn>? columns) => columns is null ? "none" : string.Join(",", columns.Select(c => c.Name));
    }

    private static ServiceProvider Register(string module, DatabaseProvider provider, bool compiledModels)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Renstra:Database:Provider"] = provider.ToString(),
            ["Renstra:Database:CompiledModels"] = compiledModels ? "true" : "false",
            ["Renstra:DataDirectory"] = Path.Combine(Path.GetTempPath(), "renstra-tests", "model-terkompilasi"),
            // Offline: the model is read, nothing is connected.
            ["ConnectionStrings:Renstra"] = provider == DatabaseProvider.SqlServer
                ? "Server=(offline);Database=Renstra;Trusted_Connection=True;TrustServerCertificate=True"
                : null,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        _ = module switch
        {
            "akun" => services.AddModuleDbContext<AkunDbContext, AkunSqliteDbContext>(configuration, "Akun", "akun"),
            "kinerja" => services.AddModuleDbContext<KinerjaDbContext, KinerjaSqliteDbContext>(configuration, "Kinerja", "kinerja"),
            "ketenagakerjaan" => services.AddModuleDbContext<KetenagakerjaanDbContext, KetenagakerjaanSqliteDbContext>(configuration, "Ketenagakerjaan", "ketenagakerjaan"),
            "koperasiumkm" => services.AddModuleDbContext<KoperasiUmkmDbContext, KoperasiUmkmSqliteDbContext>(configuration, "KoperasiUmkm", "koperasiumkm"),
            "sekretariat" => services.AddModuleDbContext<SekretariatDbContext, SekretariatSqliteDbContext>(configuration, "Sekretariat", "sekretariat"),
            "evaluasi" => services.AddModuleDbContext<EvaluasiDbContext, EvaluasiSqliteDbContext>(configuration, "Evaluasi", "evaluasi"),
            _ => throw new ArgumentOutOfRangeException(nameof(module)),
        };
        return services.BuildServiceProvider();
    }

    /// <summary>The type code asks for; on SQLite the registration serves the module's SQLite context under it.</summary>
    private static Type ContextType(string module)
    {
        using var db = KonteksModul.SqlServer(module);
        return db.GetType();
    }

    /// <summary>What a developer does between two runs of the script: one more column on an entity.</summary>
    private sealed class ColumnAddedLater(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity(modelBuilder.Model.GetEntityTypes().First(e => e.GetTableName() is not null).Name)
                .Property<string>(nameof(ColumnAddedLater));
        }
    }
}
