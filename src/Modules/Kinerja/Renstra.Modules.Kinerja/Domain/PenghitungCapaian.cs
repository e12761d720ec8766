namespace Renstra.Modules.Kinerja.Domain;

/// <summary>Status of an indicator's result for a period.</summary>
internal static class StatusCapaian
{
    public const string Lengkap = "Lengkap";
    public const string DataBelumLengkap = "DataBelumLengkap";
    public const string TidakAdaTarget = "TidakAdaTarget";

    /// <summary>Inputs changed after the stored result was computed; the recompute is queued or running.</summary>
    public const string SedangDihitung = "SedangDihitung";
}

/// <summary>An indicator version ready to evaluate.</summary>
internal sealed record IndikatorTerkompilasi(
    string Kode, int Versi, string Polaritas, string AturanCapaian, RumusTerkompilasi Rumus, RumusTerkompilasi? Syarat);

/// <summary>The live capaian rules (rules/capaian), compiled.</summary>
internal sealed record AturanCapaianTerkompilasi(
    IReadOnlyDictionary<string, RumusTerkompilasi> Capaian,
    IReadOnlyList<(string Nama, RumusTerkompilasi Rumus)> Kategori,
    IReadOnlyList<(string Nama, int Peringkat, RumusTerkompilasi Rumus)> Predikat)
{
    public const string AturanPredikat = "Predikat";

    public (string Nama, int Peringkat)? PredikatDari(decimal nilai)
    {
        foreach (var (nama, peringkat, rumus) in Predikat)
            if (rumus.TryHitung([nilai], out var ya, out _) && ya != 0m) return (nama, peringkat);
        return null;
    }

    public int? Peringkat(string predikat) =>
        Predikat.Where(p => string.Equals(p.Nama, predikat, StringComparison.OrdinalIgnoreCase)).Select(p => (int?)p.Peringkat).FirstOrDefault();

    /// <summary>
    /// The capaian of <paramref name="realisasi"/> against a numeric <paramref name="target"/> by the capaian rule
    /// <paramref name="namaAturan"/> (a graded indicator's <c>Predikat</c> rule compares the grades both values fall in);
    /// null when the rule is unknown, a value has no grade, or the rule has no value (division by zero).
    /// </summary>
    public decimal? CapaianDari(string namaAturan, decimal realisasi, decimal target)
    {
        if (!Capaian.TryGetValue(namaAturan, out var rumus)) return null;
        var nilai = new Dictionary<string, decimal>(StringComparer.Ordinal) { [KonteksCapaian.Realisasi] = realisasi, [KonteksCapaian.Target] = target };
        if (namaAturan == AturanPredikat)
        {
            if (PredikatDari(realisasi) is not { } r || PredikatDari(target) is not { } t) return null;
            nilai[KonteksCapaian.PeringkatRealisasi] = r.Peringkat;
            nilai[KonteksCapaian.PeringkatTarget] = t.Peringkat;
        }
        return TryHitungCapaian(rumus, nilai, out var capaian, out _) ? capaian : null;
    }

    /// <summary>Evaluates a capaian rule over the named values it may read (<see cref="KonteksCapaian.Skalar"/>; an absent one is 0).</summary>
    public static bool TryHitungCapaian(RumusTerkompilasi rumus, IReadOnlyDictionary<string, decimal> nilai, out decimal capaian, out string? alasan)
    {
        var slot = new decimal[rumus.JumlahSlot];
        foreach (var a in rumus.Acuan) slot[a.Slot] = nilai.GetValueOrDefault(a.Nama);
        return rumus.TryHitung(slot, out capaian, out alasan);
    }

    public string? KategoriDari(decimal capaian)
    {
        foreach (var (nama, rumus) in Kategori)
            if (rumus.TryHitung([capaian], out var ya, out _) && ya != 0m) return nama;
        return null;
    }
}

/// <summary>The target a period is compared with (a quarter's own, else its year's).</summary>
internal sealed record TargetBerlaku(decimal? Nilai, string? Predikat, string Periode);

/// <summary>What a computation used and produced, stored with every result.</summary>
internal sealed record JejakHitung
{
    public string Kode { get; init; } = "";
    public int IndikatorVersi { get; init; }
    public string Rumus { get; init; } = "";
    public string? Syarat { get; init; }
    public Dictionary<string, decimal> Masukan { get; init; } = [];
    public Dictionary<string, string> SumberMasukan { get; init; } = [];

    /// <summary>Inputs whose value a register derived (variable → register), not typed by an operator; null when none.</summary>
    public Dictionary<string, string>? DariRegister { get; init; }
    public decimal? Pembilang { get; init; }
    public decimal? Penyebut { get; init; }
    public decimal? Realisasi { get; init; }
    public string? PredikatRealisasi { get; init; }
    public decimal? Target { get; init; }
    public string? TargetPredikat { get; init; }
    public string? TargetDariPeriode { get; init; }
    public string? AturanCapaian { get; init; }
    public string? RumusCapaian { get; init; }
    public decimal? Capaian { get; init; }
    public string? Kategori { get; init; }
    public string? Keterangan { get; init; }

    /// <summary>Peringatan dini: the projection computed with this result (never a realisasi), or none.</summary>
    public JejakProyeksi? Proyeksi { get; init; }
}

/// <summary>A projection as stored in the trace: what it is of, by which method, from which values.</summary>
internal sealed record JejakProyeksi(
    decimal? Realisasi, decimal? Capaian, bool Berisiko, string Metode, string Sampai, IReadOnlyDictionary<string, string> Masukan, string Keterangan)
{
    public static JejakProyeksi? Dari(HasilProyeksi? h, RencanaProyeksi rencana) => h is null ? null
        : new(h.Realisasi, h.Capaian, h.Berisiko, h.Metode, rencana.Sampai.ToString(), h.Masukan, h.Keterangan);
}

internal sealed record HasilHitung(
    decimal? Realisasi, decimal? Target, string? TargetPredikat, decimal? Capaian, string? Kategori, string? Predikat,
    string Status, IReadOnlyList<string> VariabelKurang, string? Keterangan, JejakHitung Jejak);

/// <summary>Evaluates one indicator for one period: realisasi, then capaian and category by the live rules.</summary>
internal static class PenghitungCapaian
{
    public static HasilHitung Hitung(
        IndikatorTerkompilasi indikator,
        IReadOnlyDictionary<string, NilaiPeriode> data,
        IReadOnlyDictionary<string, NilaiPeriode> sebelumnya,
        TargetBerlaku? target,
        AturanCapaianTerkompilasi aturan)
    {
        var masukan = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var sumber = new Dictionary<string, string>(StringComparer.Ordinal);
        var kurang = new List<string>();
        var slot = Isi(indikator.Rumus, data, sebelumnya, masukan, sumber, kurang);
        // The trace is built once, at the return, from what was found so far: one result per indicator × period of a
        // recompute, and a copy per step (`with`) was a sixth of the recompute's allocation.
        decimal? pembilang = null, penyebut = null;
        string? predikatRealisasi = null, teksRumusCapaian = null;
        HasilHitung Hasil(
            decimal? realisasi, decimal? nilaiTarget, string? targetPredikat, decimal? capaian, string? kategori, string? predikat,
            string status, IReadOnlyList<string> variabelKurang, string? keterangan) =>
            new(realisasi, nilaiTarget, targetPredikat, capaian, kategori, predikat, status, variabelKurang, keterangan, new JejakHitung
            {
                Kode = indikator.Kode, IndikatorVersi = indikator.Versi, Rumus = indikator.Rumus.Teks, Syarat = indikator.Syarat?.Teks,
                Masukan = masukan, SumberMasukan = sumber, Target = target?.Nilai, TargetPredikat = target?.Predikat,
                TargetDariPeriode = target?.Periode, AturanCapaian = indikator.AturanCapaian,
                Pembilang = pembilang, Penyebut = penyebut, Realisasi = realisasi, PredikatRealisasi = predikatRealisasi,
                RumusCapaian = teksRumusCapaian, Capaian = capaian, Kategori = kategori, Keterangan = keterangan,
            });
        if (kurang.Count > 0)
        {
            var ket = "Variabel belum diisi: " + string.Join(", ", kurang) + ".";
            return Hasil(null, target?.Nilai, target?.Predikat, null, null, null, StatusCapaian.DataBelumLengkap, kurang, ket);
        }
        if (indikator.Syarat is { } syarat)
        {
            var kurangSyarat = new List<string>();
            var slotSyarat = Isi(syarat, data, sebelumnya, masukan, sumber, kurangSyarat);
            if (kurangSyarat.Count > 0 || !syarat.TryHitung(slotSyarat, out var ya, out _) || ya == 0m)
            {
                var ket = kurangSyarat.Count > 0 ? "Variabel syarat belum diisi: " + string.Join(", ", kurangSyarat) + "." : "Syarat indikator tidak terpenuhi: tidak ada nilai.";
                return Hasil(null, target?.Nilai, target?.Predikat, null, null, null, StatusCapaian.DataBelumLengkap, kurangSyarat, ket);
            }
        }
        (pembilang, penyebut) = indikator.Rumus.Pecahan(slot);
        if (!indikator.Rumus.TryHitung(slot, out var realisasi, out var alasan))
            return Hasil(null, target?.Nilai, target?.Predikat, null, null, null, StatusCapaian.DataBelumLengkap, [], alasan);

        var predikat = indikator.AturanCapaian == AturanCapaianTerkompilasi.AturanPredikat ? aturan.PredikatDari(realisasi) : null;
        predikatRealisasi = predikat?.Nama;
        if (target is null || (target.Nilai is null && target.Predikat is null))
        {
            const string ket = "Tidak ada target untuk periode ini.";
            return Hasil(realisasi, null, null, null, null, predikat?.Nama, StatusCapaian.TidakAdaTarget, [], ket);
        }
        if (!aturan.Capaian.TryGetValue(indikator.AturanCapaian, out var rumusCapaian))
        {
            var ket = $"Aturan capaian '{indikator.AturanCapaian}' tidak ada.";
            return Hasil(realisasi, target.Nilai, target.Predikat, null, null, predikat?.Nama, StatusCapaian.TidakAdaTarget, [], ket);
        }
        teksRumusCapaian = rumusCapaian.Teks;

        var nilaiCapaian = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (indikator.AturanCapaian == AturanCapaianTerkompilasi.AturanPredikat)
        {
            var peringkatTarget = target.Predikat is { } p ? aturan.Peringkat(p) : target.Nilai is { } n ? aturan.PredikatDari(n)?.Peringkat : null;
            if (predikat is null || peringkatTarget is null)
            {
                const string ket = "Predikat target tidak dikenal.";
                return Hasil(realisasi, target.Nilai, target.Predikat, null, null, predikat?.Nama, StatusCapaian.TidakAdaTarget, [], ket);
            }
            nilaiCapaian[KonteksCapaian.PeringkatRealisasi] = predikat.Value.Peringkat;
            nilaiCapaian[KonteksCapaian.PeringkatTarget] = peringkatTarget.Value;
        }
        else if (target.Nilai is null)
        {
            const string ket = "Target periode ini berupa predikat, bukan angka.";
            return Hasil(realisasi, null, target.Predikat, null, null, predikat?.Nama, StatusCapaian.TidakAdaTarget, [], ket);
        }
        nilaiCapaian[KonteksCapaian.Realisasi] = realisasi;
        nilaiCapaian[KonteksCapaian.Target] = target.Nilai ?? 0m;

        if (!AturanCapaianTerkompilasi.TryHitungCapaian(rumusCapaian, nilaiCapaian, out var capaian, out var alasanCapaian))
            return Hasil(realisasi, target.Nilai, target.Predikat, null, null, predikat?.Nama, StatusCapaian.Lengkap, [], alasanCapaian);
        var kategori = aturan.KategoriDari(capaian);
        return Hasil(realisasi, target.Nilai, target.Predikat, capaian, kategori, predikat?.Nama, StatusCapaian.Lengkap, [], null);
    }

    /// <summary>
    /// The result of an indicator for a period without any submitted data, built without evaluating
    /// anything: every variable is missing. With <paramref name="sedangDihitung"/> the data has just
    /// arrived and the first result is being computed.
    /// </summary>
    public static HasilHitung TanpaData(
        string kode, int versi, string rumus, string? syarat, IReadOnlyList<string> variabel, TargetBerlaku? target, bool sedangDihitung)
    {
        var ket = sedangDihitung ? "Sedang dihitung." : variabel.Count > 0 ? "Variabel belum diisi: " + string.Join(", ", variabel) + "." : "Belum ada data.";
        var jejak = new JejakHitung
        {
            Kode = kode, IndikatorVersi = versi, Rumus = rumus, Syarat = syarat, Target = target?.Nilai, TargetPredikat = target?.Predikat,
            TargetDariPeriode = target?.Periode, Keterangan = ket,
        };
        return new(null, target?.Nilai, target?.Predikat, null, null, null,
            sedangDihitung ? StatusCapaian.SedangDihitung : StatusCapaian.DataBelumLengkap, sedangDihitung ? [] : variabel, ket, jejak);
    }

    private static decimal[] Isi(
        RumusTerkompilasi rumus, IReadOnlyDictionary<string, NilaiPeriode> data, IReadOnlyDictionary<string, NilaiPeriode> sebelumnya,
        Dictionary<string, decimal> masukan, Dictionary<string, string> sumber, List<string> kurang)
    {
        var slot = new decimal[rumus.JumlahSlot];
        foreach (var a in rumus.Acuan)
        {
            var dari = a.Sumber == SumberNilai.Sebelumnya ? sebelumnya : data;
            if (a.Sumber != SumberNilai.Skalar && dari.TryGetValue(a.Nama, out var n))
            {
                slot[a.Slot] = n.Nilai;
                masukan[a.Label] = n.Nilai;
                sumber[a.Label] = n.Sumber;
            }
            else
            {
                kurang.Add(a.Label);
            }
        }
        return slot;
    }
}
