using Microsoft.AspNetCore.Authorization;
using Renstra.Shared.Abstractions;

namespace Renstra.Shared.Authorization;

/// <summary>Admin, or an Operator whose <c>modul</c> claim names this module.</summary>
public sealed record PengisiDataRequirement(string Modul) : IAuthorizationRequirement;

public sealed class PengisiDataHandler : AuthorizationHandler<PengisiDataRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PengisiDataRequirement requirement)
    {
        var user = context.User;
        if (user.IsInRole(Peran.Admin) ||
            (user.IsInRole(Peran.Operator) && user.HasClaim(KlaimAkses.Modul, requirement.Modul)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

public static class PengisiDataPolicy
{
    /// <summary>Adds the <see cref="KebijakanAkses.PengisiData"/> policy of one module.</summary>
    public static AuthorizationBuilder AddPengisiDataPolicy(this AuthorizationBuilder builder, string modul) =>
        builder.AddPolicy(KebijakanAkses.PengisiData(modul), p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new PengisiDataRequirement(modul)));
}
