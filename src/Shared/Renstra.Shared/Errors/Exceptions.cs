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
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

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
