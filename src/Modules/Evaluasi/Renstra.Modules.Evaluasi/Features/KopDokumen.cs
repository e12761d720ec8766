using Microsoft.Extensions.Configuration;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>
/// The heading and signature block of the printed documents: <c>Renstra:Dokumen:*</c> (the office's
/// name, the region, the Kepala Dinas's name, NIP and rank, the place of signing).
/// </summary>
public sealed record KopDokumen(string PerangkatDaerah, string Pemerintah, string Kota, string NamaKepala, string NipKepala, string PangkatKepala)
{
    internal static KopDokumen Dari(IConfiguration configuration)
    {
        var s = configuration.GetSection("Renstra:Dokumen");
        return new KopDokumen(
            s["PerangkatDaerah"] ?? configuration["Renstra:Web:NamaDinas"] ?? "Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah",
            s["Pemerintah"] ?? "Pemerintah Kabupaten Belitung Timur",
            s["Kota"] ?? "Manggar",
            s["NamaKepala"] ?? "(nama Kepala Dinas)",
            s["NipKepala"] ?? "(NIP)",
            s["PangkatKepala"] ?? "");
    }
}
