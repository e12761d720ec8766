using Renstra.Shared.Abstractions;

namespace Renstra.Host.Identity.Features;

/// <summary>The Accounts API (<c>/api/pengguna</c>, Admin only; API.md v1.1).</summary>
internal static class PenggunaEndpoints
{
    public static IEndpointRouteBuilder MapPenggunaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Pengguna").RequireAuthorization(KebijakanAkses.Admin);
        DaftarPengguna.Map(group);
        BuatPengguna.Map(group);
        UbahPengguna.Map(group);
        BukaKunciPengguna.Map(group);
        SetelKataSandi.Map(group);
        return endpoints;
    }
}
