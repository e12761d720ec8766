namespace Renstra.Shared.Abstractions;

/// <summary>The roles of the system.</summary>
public static class Peran
{
    /// <summary>Administrator: edits indicators, variables, targets; locks periods.</summary>
    public const string Admin = "Admin";

    /// <summary>Head of office: reads everything, writes nothing.</summary>
    public const string Pimpinan = "Pimpinan";

    /// <summary>Bidang operator: writes only the data of the module in its <c>modul</c> claim.</summary>
    public const string Operator = "Operator";
}

/// <summary>Claim types of the system.</summary>
public static class KlaimAkses
{
    /// <summary>The module an operator submits data for (e.g. <c>Ketenagakerjaan</c>).</summary>
    public const string Modul = "modul";
}

/// <summary>Authorization policy names every endpoint uses.</summary>
public static class KebijakanAkses
{
    /// <summary>Any signed-in user (Admin, Pimpinan, Operator): reading.</summary>
    public const string Pembaca = "Pembaca";

    /// <summary>Administrators only.</summary>
    public const string Admin = "Admin";

    /// <summary>Admin, or an Operator whose <c>modul</c> claim is <paramref name="modul"/>.</summary>
    public static string PengisiData(string modul) => $"PengisiData:{modul}";
}
