using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Renstra.Host.Identity;

/// <summary>
/// <c>POST /api/auth/login</c> and <c>/api/auth/refresh</c>: Identity's own bearer tokens
/// (the same handler <c>MapIdentityApi</c> uses), without its open self-registration; refresh tokens
/// are single-use (<see cref="RantaiTokenSegar"/>).
/// </summary>
internal static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Autentikasi").AllowAnonymous();

        group.MapPost("/login", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
                LoginRequest request, PemeriksaMasuk pemeriksa, RantaiTokenSegar rantai) =>
            {
                if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
                    return TypedResults.Problem(statusCode: 400, detail: "Email dan kata sandi wajib diisi.");
                var (hasil, user) = await pemeriksa.PeriksaAsync(request.Email, request.Password);
                if (user is null) return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: hasil.Pesan);
                return TypedResults.SignIn(await rantai.MulaiAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
            })
            .RequireRateLimiting(LoginRateLimit)
            .WithSummary("Masuk dan menerima bearer token");

        group.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
                RefreshRequest request, RantaiTokenSegar rantai) =>
            {
                if (string.IsNullOrWhiteSpace(request.RefreshToken))
                    return TypedResults.Problem(statusCode: 400, detail: "refreshToken wajib diisi.");
                if (await rantai.PutarAsync(request.RefreshToken) is not { } principal)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                        detail: "Refresh token tidak berlaku. Silakan masuk kembali.");
                }
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .RequireRateLimiting(LoginRateLimit)
            .WithSummary("Menukar refresh token dengan token baru (sekali pakai)");

        return endpoints;
    }
}
