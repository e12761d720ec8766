using Renstra.Shared.Errors;

namespace Renstra.Web.Perintah;

/// <summary>
/// A use case's refusal as a page shows it: the module's own Indonesian message and field errors,
/// the same ones the API puts in its ProblemDetails.
/// </summary>
public sealed record GalatPerintah(string Pesan, IReadOnlyDictionary<string, string[]> PerIsian)
{
    /// <summary>The messages for one field (a variable code, <c>rumus</c>, …), or none.</summary>
    public IReadOnlyList<string> Untuk(string isian) =>
        PerIsian.FirstOrDefault(e => string.Equals(e.Key, isian, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    /// <summary>Field errors whose field the page does not show next to an input.</summary>
    public IEnumerable<string> Lainnya(IEnumerable<string> isianDitampilkan)
    {
        var tampil = isianDitampilkan.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return PerIsian.Where(e => !tampil.Contains(e.Key)).SelectMany(e => e.Value).Distinct();
    }

    /// <summary>The alert box a page shows above its form: the message and the field errors not shown next to an input.</summary>
    public KotakGalat Kotak(IEnumerable<string> isianDitampilkan) => new(Pesan, Lainnya(isianDitampilkan).ToList());

    /// <summary>The status the API answers for the same refusal, for a page that shows it instead.</summary>
    public static int Status(UseCaseException galat) => galat switch
    {
        ValidationFailedException => 400,
        NotFoundException => 404,
        ConflictException => 409,
        PreconditionFailedException => 412,
        ForbiddenException => 403,
        _ => 400,
    };

    public static GalatPerintah Dari(UseCaseException galat)
    {
        ArgumentNullException.ThrowIfNull(galat);
        return new(galat.Message, galat is ValidationFailedException v ? v.Errors : new Dictionary<string, string[]>());
    }
}

/// <summary>The model of the <c>_Galat</c> partial: a refusal's message and the field errors listed under it.</summary>
public sealed record KotakGalat(string Pesan, IReadOnlyList<string> Lainnya);
