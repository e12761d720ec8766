namespace Renstra.Modules.KoperasiUmkm.Contracts;

/// <summary>
/// Which variables the KoperasiUmkm registers derive (koperasi, usaha mikro), so that Kinerja's capaian trace can
/// mark their values "dari register" when it computes a result. Read while computing, never while serving a read.
/// </summary>
public interface IVariabelRegister
{
    /// <summary>The derived variables, by variable code → the register that derives it (<c>Koperasi</c>, <c>UsahaMikro</c>).</summary>
    Task<IReadOnlyDictionary<string, string>> VariabelDariRegisterAsync(CancellationToken cancellationToken);
}
