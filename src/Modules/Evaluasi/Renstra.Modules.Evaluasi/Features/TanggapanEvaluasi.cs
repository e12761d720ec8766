using Renstra.Modules.Evaluasi.Data;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>Stored rows as the API shows them, shared by the slices that write and the ones that read them.</summary>
internal static class TanggapanEvaluasi
{
    public const string KeteranganEfisiensiBawaan =
        "Bawaan: efisiensi = capaian kinerja ÷ serapan anggaran × 100. Di atas 100 berarti kinerja yang dicapai lebih besar dari anggaran yang diserap.";

    public static CatatanEvaluasiRespons KeRespons(this CatatanEvaluasi c) => new(
        c.Tahun, c.FaktorPendorong, c.FaktorPenghambat, c.TindakLanjutTriwulan, c.TindakLanjutRenja, c.Versi, c.DiubahOleh, Utc(c.DiubahPadaUtc));

    public static AturanEfisiensiRespons KeRespons(AturanEfisiensi? a) => a is null
        ? new AturanEfisiensiRespons(AturanEfisiensi.RumusBawaan, KeteranganEfisiensiBawaan, true, 0, null, null)
        : new AturanEfisiensiRespons(a.Rumus, a.Keterangan, false, a.Versi, a.DiubahOleh, Utc(a.DiubahPadaUtc));

    public static DateTimeOffset Utc(DateTime waktu) => new(DateTime.SpecifyKind(waktu, DateTimeKind.Utc));
}
