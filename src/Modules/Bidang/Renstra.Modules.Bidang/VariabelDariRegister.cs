namespace Renstra.Modules.Bidang;

/// <summary>
/// A bidang module whose registers derive some of its variables (KoperasiUmkm) registers this, keyed
/// by its name. The kernel then refuses those variables when an operator types them into a kecamatan
/// sheet (the register writes them there) and marks them "dari register" in the sheet.
/// </summary>
internal interface IVariabelDariRegister
{
    /// <summary>The variables derived from a register, by variable code → register name (e.g. <c>Koperasi</c>).</summary>
    Task<IReadOnlyDictionary<string, string>> DaftarAsync(CancellationToken cancellationToken);
}

/// <summary>A register's name as people say it in a message: "koperasi", "usaha mikro".</summary>
internal static class SebutanRegister
{
    public static string Sebut(string register) => register == "UsahaMikro" ? "usaha mikro" : register.ToLowerInvariant();
}

/// <summary>The <c>Sumber</c> of a sheet revision source a register derivation writes with.</summary>
internal static class SumberLembar
{
    public const string Register = "register";
}
