using Mediator;
using Renstra.Modules.Kinerja.Features;

namespace Renstra.Web.Capaian;

/// <summary>
/// The plan tree's programs, kegiatan and sub kegiatan, flattened once per application: the tree is the Renstra
/// document itself (read-only), so a page need not copy and walk all of it on every request.
/// </summary>
public sealed class DaftarSimpulRencana
{
    private IReadOnlyList<SimpulRencana>? _semua;

    public async ValueTask<IReadOnlyList<SimpulRencana>> BacaAsync(ISender sender, CancellationToken cancellationToken) =>
        _semua ??= SimpulRencana.Dari(await sender.Send(new LihatRenstra.Query(), cancellationToken));
}
