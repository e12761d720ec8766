using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Renstra.Shared.Errors;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// A register's list page (koperasi, usaha mikro): the search and the kecamatan and status filters, the add form,
/// and the list read again after a write was refused.
/// </summary>
/// <typeparam name="TBaris">A row of the list.</typeparam>
/// <typeparam name="TIsian">The add form's fields.</typeparam>
public abstract class HalamanDaftarRegisterModel<TBaris, TIsian>(ISender sender, IAuthorizationService authorization)
    : HalamanRegisterModel(sender, authorization)
    where TIsian : class, new()
{
    [BindProperty(SupportsGet = true)]
    public string? Cari { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kecamatan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty]
    public TIsian Baru { get; set; } = new();

    public IReadOnlyList<TBaris> Daftar { get; private set; } = [];

    /// <summary>The list read with the page's filters.</summary>
    protected abstract IQuery<IReadOnlyList<TBaris>> Baca();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await BacaAsync(cancellationToken);

    protected override async Task<bool> BacaAsync(CancellationToken cancellationToken)
    {
        await BacaUmumAsync(cancellationToken);
        try
        {
            Daftar = await Sender.Send(Baca(), cancellationToken);
        }
        catch (UseCaseException e)
        {
            TolakBaca(e);
        }
        return true;
    }
}
