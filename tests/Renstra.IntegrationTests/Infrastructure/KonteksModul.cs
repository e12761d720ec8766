using Microsoft.EntityFrameworkCore;
using Renstra.Host.Identity;
using Renstra.Modules.Evaluasi.Data;
using Renstra.Modules.Ketenagakerjaan.Data;
using Renstra.Modules.Kinerja.Data;
using Renstra.Modules.KoperasiUmkm.Data;
using Renstra.Modules.Sekretariat.Data;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>Every module's DbContext built by hand, outside a host: the SQL Server one (offline) or the SQLite one on a file.</summary>
public static class KonteksModul
{
    public static TheoryData<string> Modules() => ["akun", "kinerja", "ketenagakerjaan", "koperasiumkm", "sekretariat", "evaluasi"];

    public static DbContext SqlServer(string schema) => schema switch
    {
        "akun" => new AkunDbContext(DesignTimeOptions.SqlServer<AkunDbContext>(schema)),
        "kinerja" => new KinerjaDbContext(DesignTimeOptions.SqlServer<KinerjaDbContext>(schema)),
        "ketenagakerjaan" => new KetenagakerjaanDbContext(DesignTimeOptions.SqlServer<KetenagakerjaanDbContext>(schema)),
        "koperasiumkm" => new KoperasiUmkmDbContext(DesignTimeOptions.SqlServer<KoperasiUmkmDbContext>(schema)),
        "sekretariat" => new SekretariatDbContext(DesignTimeOptions.SqlServer<SekretariatDbContext>(schema)),
        "evaluasi" => new EvaluasiDbContext(DesignTimeOptions.SqlServer<EvaluasiDbContext>(schema)),
        _ => throw new ArgumentOutOfRangeException(nameof(schema)),
    };

    /// <summary>The module's SQLite context (the one carrying its SQLite migrations) on <paramref name="file"/>.</summary>
    public static DbContext Sqlite(string module, string file) => module switch
    {
        "akun" => new AkunSqliteDbContext(Options<AkunSqliteDbContext>(file)),
        "kinerja" => new KinerjaSqliteDbContext(Options<KinerjaSqliteDbContext>(file)),
        "ketenagakerjaan" => new KetenagakerjaanSqliteDbContext(Options<KetenagakerjaanSqliteDbContext>(file)),
        "koperasiumkm" => new KoperasiUmkmSqliteDbContext(Options<KoperasiUmkmSqliteDbContext>(file)),
        "sekretariat" => new SekretariatSqliteDbContext(Options<SekretariatSqliteDbContext>(file)),
        "evaluasi" => new EvaluasiSqliteDbContext(Options<EvaluasiSqliteDbContext>(file)),
        _ => throw new ArgumentOutOfRangeException(nameof(module)),
    };

    private static DbContextOptions<TContext> Options<TContext>(string file) where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={file};Pooling=True;Default Timeout=30").Options;
}
