using System.Text.Json;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.KoperasiUmkm.Domain;

/// <summary>
/// Reads a derivation rule from JSON and checks it against the allow-list of <see cref="KolomTurunan"/>:
/// a register, record set, function, field, operator or value outside it is refused with an Indonesian
/// message per field, before anything is stored.
/// </summary>
internal static class PemeriksaAturanTurunan
{
    public const int MaksimumSyarat = 10;
    public const int MaksimumNilaiDalam = 20;
    public const int PanjangTeksMaksimum = 100;

    /// <returns>The rule, or the errors by field (then the rule is null).</returns>
    public static (AturanTurunan? Aturan, Dictionary<string, string[]> Galat) Baca(JsonElement isi)
    {
        var galat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        AturanTurunan? aturan;
        try
        {
            aturan = isi.Deserialize<AturanTurunan>(AturanTurunan.Json);
        }
        catch (JsonException e)
        {
            var jalur = string.IsNullOrEmpty(e.Path) ? "aturan" : e.Path.TrimStart('$', '.');
            galat[jalur] = ["Bentuk aturan tidak dikenal. Properti yang boleh: register, rekaman, fungsi, kolom, syarat (kolom, operator, nilai), keterangan."];
            return (null, galat);
        }
        if (aturan is null)
        {
            galat["aturan"] = ["Kirim aturan sebagai objek JSON."];
            return (null, galat);
        }
        Periksa(aturan, galat);
        return (galat.Count == 0 ? aturan : null, galat);
    }

    public static void Periksa(AturanTurunan aturan, Dictionary<string, string[]> galat)
    {
        var registerDikenal = KolomTurunan.Izin.Keys.Select(k => k.Register).Distinct().ToList();
        if (!registerDikenal.Contains(aturan.Register))
        {
            galat["register"] = [$"Register '{TeksPengguna.Kutip(aturan.Register)}' tidak dikenal. Pilih: {string.Join(", ", registerDikenal)}."];
            return;
        }
        var rekamanDikenal = KolomTurunan.Izin.Keys.Where(k => k.Register == aturan.Register).Select(k => k.Rekaman).ToList();
        if (!KolomTurunan.Izin.TryGetValue((aturan.Register, aturan.Rekaman), out var kolom))
        {
            galat["rekaman"] = [$"Rekaman '{TeksPengguna.Kutip(aturan.Rekaman)}' tidak dikenal untuk register {aturan.Register}. Pilih: {string.Join(", ", rekamanDikenal)}."];
            return;
        }
        switch (aturan.Fungsi)
        {
            case FungsiTurunan.HitungUnik when aturan.Kolom is not null:
                galat["kolom"] = ["Fungsi HitungUnik tidak memakai kolom; hapus 'kolom' atau pakai fungsi Jumlah."];
                break;
            case FungsiTurunan.HitungUnik:
                break;
            case FungsiTurunan.Jumlah:
                var angka = kolom.Where(k => k.Jenis == JenisKolom.Angka).ToList();
                if (aturan.Kolom is null || angka.All(k => k.Nama != aturan.Kolom))
                    galat["kolom"] = [angka.Count == 0
                        ? $"Rekaman {aturan.Rekaman} tidak punya kolom angka untuk dijumlahkan; pakai fungsi HitungUnik."
                        : $"Fungsi Jumlah perlu kolom angka. Kolom yang boleh: {KolomTurunan.Daftar(angka)}."];
                break;
            default:
                galat["fungsi"] = [$"Fungsi '{TeksPengguna.Kutip(aturan.Fungsi)}' tidak dikenal. Pilih: {FungsiTurunan.HitungUnik}, {FungsiTurunan.Jumlah}."];
                break;
        }
        if (aturan.Keterangan is { Length: > 1000 }) galat["keterangan"] = ["Keterangan paling banyak 1000 karakter."];
        if (aturan.Syarat.Count > MaksimumSyarat)
        {
            galat["syarat"] = [$"Paling banyak {MaksimumSyarat} syarat."];
            return;
        }
        for (var i = 0; i < aturan.Syarat.Count; i++)
        {
            var pesan = PeriksaSyarat(aturan.Syarat[i], kolom);
            if (pesan is not null) galat[$"syarat[{i}]"] = [pesan];
        }
    }

    private static string? PeriksaSyarat(Syarat? syarat, IReadOnlyList<KolomRegister> izin)
    {
        if (syarat is null) return "Syarat tidak boleh kosong.";
        var kolom = izin.FirstOrDefault(k => k.Nama == syarat.Kolom);
        if (kolom is null)
            return $"Kolom '{TeksPengguna.Kutip(syarat.Kolom)}' tidak diizinkan. Kolom yang boleh: {KolomTurunan.Daftar(izin)}.";
        if (!OperatorSyarat.Semua.Contains(syarat.Operator))
            return $"Operator '{TeksPengguna.Kutip(syarat.Operator)}' tidak diizinkan. Operator yang boleh: {string.Join(" ", OperatorSyarat.Semua)}.";
        var nilai = syarat.Nilai;
        if (syarat.Operator is OperatorSyarat.Terisi or OperatorSyarat.Kosong)
            return nilai is null or { ValueKind: JsonValueKind.Null } ? null : $"Operator {syarat.Operator} tidak memakai nilai.";
        if (nilai is not { } n) return "Syarat perlu 'nilai'.";
        if (OperatorSyarat.Perbandingan.Contains(syarat.Operator) && kolom.Jenis != JenisKolom.Angka)
            return $"Operator {syarat.Operator} hanya untuk kolom angka; {kolom.Nama} bukan angka.";
        if (syarat.Operator == OperatorSyarat.Dalam)
        {
            if (kolom.Jenis != JenisKolom.Teks) return "Operator dalam hanya untuk kolom teks.";
            if (n.ValueKind != JsonValueKind.Array || n.GetArrayLength() is 0 or > MaksimumNilaiDalam)
                return $"Operator dalam perlu daftar teks (1–{MaksimumNilaiDalam}), mis. [\"Sehat\", \"Cukup Sehat\"].";
            foreach (var e in n.EnumerateArray())
                if (PeriksaNilai(e, kolom) is { } salah) return salah;
            return null;
        }
        return PeriksaNilai(n, kolom);
    }

    private static string? PeriksaNilai(JsonElement nilai, KolomRegister kolom) => kolom.Jenis switch
    {
        JenisKolom.Angka when nilai.ValueKind == JsonValueKind.Number && nilai.TryGetDecimal(out _) => null,
        JenisKolom.Angka => $"Nilai untuk {kolom.Nama} harus angka.",
        JenisKolom.Boolean when nilai.ValueKind is JsonValueKind.True or JsonValueKind.False => null,
        JenisKolom.Boolean => $"Nilai untuk {kolom.Nama} harus true atau false.",
        _ when nilai.ValueKind != JsonValueKind.String || nilai.GetString()!.Length > PanjangTeksMaksimum =>
            $"Nilai untuk {kolom.Nama} harus teks (paling banyak {PanjangTeksMaksimum} karakter).",
        _ when kolom.Pilihan is { } pilihan && !pilihan.Contains(nilai.GetString()!) =>
            $"Nilai '{TeksPengguna.Kutip(nilai.GetString())}' tidak dikenal untuk {kolom.Nama}. Pilih: {string.Join(", ", pilihan)}.",
        _ => null,
    };
}
