using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Renstra.Shared.Errors;

namespace Renstra.Web.Pages.Register;

/// <summary>
/// A register record's page (koperasi, usaha mikro): the record by its id, the message after a saved write, the
/// service form's fields, and the edit form filled from the record on the first visit.
/// </summary>
/// <typeparam name="TRinci">The record as its read returns it.</typeparam>
/// <typeparam name="TIsian">The edit form's fields.</typeparam>
public abstract class HalamanRinciRegisterModel<TRinci, TIsian>(ISender sender, IAuthorizationService authorization)
    : HalamanRegisterModel(sender, authorization)
    where TRinci : class
    where TIsian : class, new()
{
    [FromRoute(Name = "idRekaman")]
    public long Id { get; set; }

    [BindProperty]
    public TIsian Isian { get; set; } = new();

    [BindProperty]
    public string? JenisLayanan { get; set; }

    [BindProperty]
    public DateOnly? TanggalLayanan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tersimpan { get; set; }

    public TRinci? Rinci { get; private set; }

    /// <summary>The record's page, where a saved write comes back to.</summary>
    protected abstract string Alamat { get; }

    /// <summary>The read of the record.</summary>
    protected abstract IQuery<TRinci> Baca();

    /// <summary>The edit form's fields from the record.</summary>
    protected abstract TIsian IsianDari(TRinci rinci);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await BacaAsync(cancellationToken)) return NotFound();
        Isian = IsianDari(Rinci!);
        return Page();
    }

    protected override async Task<bool> BacaAsync(CancellationToken cancellationToken)
    {
        await BacaUmumAsync(cancellationToken);
        try
        {
            Rinci = await Sender.Send(Baca(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
