using Microsoft.Data.Sqlite;

namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>Direct SQL on a module's SQLite file of a test app: to make the database refuse writes, or to read a queue.</summary>
public static class BasisDataUji
{
    public static async Task SqlAsync(RenstraApp app, string modul, string sql)
    {
        await using var koneksi = new SqliteConnection($"Data Source={Berkas(app, modul)};Pooling=False");
        await koneksi.OpenAsync();
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = sql;
        await perintah.ExecuteNonQueryAsync();
    }

    public static async Task<string?> TeksAsync(RenstraApp app, string modul, string sql)
    {
        await using var koneksi = new SqliteConnection($"Data Source={Berkas(app, modul)};Mode=ReadOnly;Pooling=False");
        await koneksi.OpenAsync();
        await using var perintah = koneksi.CreateCommand();
        perintah.CommandText = sql;
        return Convert.ToString(await perintah.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Berkas(RenstraApp app, string modul) => Path.Combine(app.DataDirectory, modul.ToLowerInvariant() + ".db");
}
