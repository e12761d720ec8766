namespace Renstra.Web.Formatting;

/// <summary>A labelled text input with its help text and its error, for the <c>_Isian</c> partial.</summary>
public sealed record IsianTeks(string Nama, string Label, string? Nilai, string? Galat = null, string? Bantuan = null);
