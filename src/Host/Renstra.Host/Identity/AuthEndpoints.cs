using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Renstra.Host.Identity;

/// <summary>
/// <c>POST /api/auth/login</c> and <c>/api/auth/refresh</c>: Identity's own bearer tokens
/// (the same handler <c>MapIdentityApi</c> uses), without its open self-registration.
/// </summary>
internal static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Autentikasi").AllowAnonymous();

        group.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
                LoginRequest request, SignInManager<Pengguna> signInManager) =>
            {
                if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
                    return TypedResults.Problem(statusCode: 400, detail: "Email dan kata sandi wajib diisi.");
                signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
                var result = await signInManager.PasswordSignInAsync(
                    request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded) return TypedResults.Empty; // the bearer handler has written the token
                var detail = result.IsLockedOut
                    ? "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi nanti."
                    : "Email atau kata sandi salah.";
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: detail);
            })
            .RequireRateLimiting(LoginRateLimit)
            .WithSummary("Masuk dan menerima bearer token");

        group.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
                RefreshRequest request, SignInManager<Pengguna> signInManager,
                IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider time) =>
            {
                if (string.IsNullOrWhiteSpace(request.RefreshToken))
                    return TypedResults.Problem(statusCode: 400, detail: "refreshToken wajib diisi.");
                var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
                var ticket = protector.Unprotect(request.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires ||
                    await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                        detail: "Refresh token tidak berlaku. Silakan masuk kembali.");
                }
                var principal = await signInManager.CreateUserPrincipalAsync(user);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .RequireRateLimiting(LoginRateLimit)
            .WithSummary("Menukar refresh token dengan token baru");

        return endpoints;
    }
}
