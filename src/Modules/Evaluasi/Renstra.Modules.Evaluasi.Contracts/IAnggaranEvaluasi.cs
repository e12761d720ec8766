namespace Renstra.Modules.Evaluasi.Contracts;

/// <summary>
/// The budget Evaluasi holds, for the bidang modules that check a realisasi anggaran sheet against it
/// before they accept it.
/// </summary>
public interface IAnggaranEvaluasi
{
    /// <summary>
    /// The DPA in force for each sub kegiatan id of year <paramref name="tahun"/> (the perubahan when set,
    /// else the murni), whole rupiah; a sub kegiatan without a DPA is absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, decimal>> DpaBerlakuAsync(int tahun, CancellationToken cancellationToken);
}
