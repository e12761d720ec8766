using Microsoft.AspNetCore.Mvc.RazorPages;
using Renstra.Shared.Abstractions;
using Renstra.Web.Akses;
using Renstra.Web.Formatting;

namespace Renstra.Web.Pages;

/// <summary>The home page: who you are, what you may fill in, what you may do.</summary>
public sealed class BerandaModel(TimeProvider time) : PageModel
{
    public HakPengguna Hak { get; private set; } = new("", "", []);

    public DateTimeOffset Sekarang { get; private set; }

    /// <summary>The quarter running today in the office's time zone.</summary>
    public Periode PeriodeBerjalan { get; private set; }

    public IReadOnlyList<string> HakDalamKalimat { get; private set; } = [];

    public void OnGet()
    {
        Hak = HakPengguna.Dari(User);
        Sekarang = time.GetUtcNow();
        var lokal = TimeZoneInfo.ConvertTime(Sekarang, FormatIndonesia.ZonaWaktu);
        PeriodeBerjalan = Periode.Kuartal(lokal.Year, (lokal.Month + 2) / 3);
        HakDalamKalimat = Hak.Peran switch
        {
            Peran.Admin =>
            [
                "Membaca capaian semua indikator.",
                "Mengisi data semua bidang serta mengunci dan membuka kunci periode.",
                "Mengubah rumus indikator, variabel dan target.",
            ],
            Peran.Pimpinan => ["Membaca capaian semua indikator dan data semua bidang."],
            Peran.Operator =>
            [
                "Membaca capaian semua indikator.",
                Hak.ModulDiisi.Count == 0
                    ? "Belum dapat mengisi data: akun belum terhubung dengan bidang."
                    : "Mengisi data bidang " + string.Join(", ", Hak.ModulDiisi.Select(FormatIndonesia.Modul)) + ".",
            ],
            _ => ["Belum ada hak: hubungi administrator."],
        };
    }
}
