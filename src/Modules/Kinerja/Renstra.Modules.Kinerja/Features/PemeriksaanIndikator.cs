using System.Text.RegularExpressions;
using Renstra.Modules.Kinerja.Domain;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>The check of an indicator definition that PUT, uji and impor share (not a slice of its own).</summary>
internal static partial class PemeriksaanIndikator
{
    [GeneratedRegex("^[A-Z][A-Z0-9]{0,19}(-[A-Z0-9]{1,20}){0,3}$")]
    internal static partial Regex PolaKode();

    /// <summary>Checks a definition (shared by PUT, uji and impor); throws 400 with field errors. Returns the variables read.</summary>
    internal static (IndikatorDefinisi Definisi, IReadOnlyList<string> Variabel) Periksa(
        string kode, IndikatorDefinisi? d, SkemaRumus skema, IReadOnlyCollection<string> aturanCapaian, IMesinRumus mesin)
    {
        var galat = new Dictionary<string, string[]>();
        void Tambah(string field, string pesan) => galat[field] = [pesan];
        if (d is null) throw ValidationFailedException.For("", "Isi permintaan (definisi indikator) wajib diisi.");
        if (!PolaKode().IsMatch(kode)) Tambah("kode", "Kode indikator harus huruf besar/angka dengan tanda hubung, mis. IKU-05 (paling banyak 4 bagian).");
        if (d.Kode is not null && d.Kode != kode) Tambah("kode", $"Kode di isi permintaan ('{TeksPengguna.Kutip(d.Kode, 50)}') tidak sama dengan kode di alamat.");
        if (string.IsNullOrWhiteSpace(d.Nama) || d.Nama.Length > 500) Tambah("nama", "Nama indikator wajib diisi (paling banyak 500 karakter).");
        if (string.IsNullOrWhiteSpace(d.Satuan) || d.Satuan.Length > 50) Tambah("satuan", "Satuan wajib diisi (paling banyak 50 karakter).");
        if (d.Polaritas is not ("Positif" or "Negatif")) Tambah("polaritas", "Polaritas harus 'Positif' atau 'Negatif'.");
        if (d.Modul is null || !NamaModul.SemuaBidang.Contains(d.Modul)) Tambah("modul", "Modul harus Ketenagakerjaan, KoperasiUmkm atau Sekretariat.");
        if (d.AturanCapaian is not null && !aturanCapaian.Contains(d.AturanCapaian))
            Tambah("aturanCapaian", $"Aturan capaian harus salah satu dari: {string.Join(", ", aturanCapaian)}.");
        if (d.BerlakuMulai is not null && !Periode.TryParse(d.BerlakuMulai, out _)) Tambah("berlakuMulai", Periode.PesanFormatSalah(d.BerlakuMulai));
        if (d.DefinisiOperasional is { Length: > 4000 }) Tambah("definisiOperasional", "Definisi operasional paling banyak 4000 karakter.");
        if (d.Tingkat is { Length: > 50 }) Tambah("tingkat", "Tingkat paling banyak 50 karakter.");
        IReadOnlyList<string> variabel = [];
        try
        {
            var acuan = mesin.Periksa(d.Rumus ?? "", skema);
            variabel = acuan.Where(a => a.Sumber != SumberNilai.Skalar).Select(a => a.Nama).Distinct().ToList();
        }
        catch (RumusDitolakException e)
        {
            Tambah("rumus", e.Message);
        }
        if (!string.IsNullOrWhiteSpace(d.Syarat))
        {
            try
            {
                mesin.Periksa(d.Syarat, SkemaRumus.Syarat(skema.Variabel));
            }
            catch (RumusDitolakException e)
            {
                Tambah("syarat", e.Message);
            }
        }
        if (galat.Count > 0) throw new ValidationFailedException(galat, "Definisi indikator tidak valid.");
        return (d, variabel);
    }
}
