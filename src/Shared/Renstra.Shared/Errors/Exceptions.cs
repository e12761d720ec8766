namespace Renstra.Shared.Errors;

/// <summary>
/// Expected failures of a use case. The host turns each into a ProblemDetails whose Indonesian
/// <c>detail</c> is the exception's message, so messages must be written for the user.
/// </summary>
public abstract class UseCaseException(string detail) : Exception(detail);

/// <summary>400 with field-level errors.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors, string? detail = null)
    : UseCaseException(detail ?? "Data yang dikirim tidak valid.")
{
    /// <summary>Fields listed at most; the rest are counted under <see cref="KunciLainnya"/>.</summary>
    public const int IsianMaksimum = 20;

    /// <summary>Messages listed per field at most.</summary>
    public const int PesanPerIsianMaksimum = 5;

    /// <summary>The key that counts what was left out: "… dan N kesalahan lain".</summary>
    public const string KunciLainnya = "…";

    /// <summary>The field errors, capped so that an answer stays small whatever the request held.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = Batasi(errors);

    private static Dictionary<string, string[]> Batasi(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var hasil = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var sisa = 0;
        foreach (var (isian, pesan) in errors)
        {
            if (hasil.Count >= IsianMaksimum)
            {
                sisa += pesan.Length;
                continue;
            }
            hasil[isian] = pesan.Length <= PesanPerIsianMaksimum
                ? pesan
                : [.. pesan.Take(PesanPerIsianMaksimum), $"… dan {pesan.Length - PesanPerIsianMaksimum} kesalahan lain."];
        }
        if (sisa > 0) hasil[KunciLainnya] = [$"… dan {sisa} kesalahan lain pada isian yang tidak ditampilkan."];
        return hasil;
    }

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>404.</summary>
public sealed class NotFoundException(string detail) : UseCaseException(detail);

/// <summary>409: the request conflicts with the current state (e.g. a locked period).</summary>
public sealed class ConflictException(string detail) : UseCaseException(detail);

/// <summary>412: the client's <c>If-Match</c> names a revision that is no longer current.</summary>
public sealed class PreconditionFailedException(string detail) : UseCaseException(detail);

/// <summary>403 decided inside a use case (the route's policy already passed).</summary>
public sealed class ForbiddenException(string detail) : UseCaseException(detail);
