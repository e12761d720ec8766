using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>POST /api/{modul}/data/{periode}/unggah</c>: bulk entry from a filled-in template (CSV or XLSX,
/// sent as <c>multipart/form-data</c> or as the raw body). Same validation, merge, revision, lock and
/// <c>If-Match</c> rules as <see cref="SimpanLembar"/>; all or nothing.
/// </summary>
public static class UnggahLembar
{
    public sealed record Command(string Modul, string Periode, string? Wilayah, byte[] Isi, string? IfMatch) : ICommand<LembarRespons>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(DaftarWilayah wilayah)
        {
            RuleFor(c => c.Periode).PeriodeValid();
            RuleFor(c => c.Wilayah).WilayahDikenal(wilayah);
            RuleFor(c => c.Isi).NotEmpty().WithMessage("Kirim berkas CSV atau XLSX hasil templat.").OverridePropertyName("berkas");
        }
    }

    public sealed class Handler(ISender sender) : ICommandHandler<Command, LembarRespons>
    {
        public async ValueTask<LembarRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            var nilai = BacaBerkasLembar.Baca(command.Isi, cancellationToken);
            var sumber = BacaBerkasLembar.IsXlsx(command.Isi) ? "xlsx" : "csv";
            return await sender.Send(
                new SimpanLembar.Command(command.Modul, command.Periode, command.Wilayah, nilai, command.IfMatch, sumber),
                cancellationToken);
        }
    }

    /// <summary>The first file of a form, or the raw body; refused beyond <see cref="BacaBerkasLembar.UkuranMaksimum"/>.</summary>
    internal static async Task<byte[]> BacaIsiAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return await BacaBerkasLembar.SalinAsync(request.Body, request.ContentLength, cancellationToken);
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0) return [];
        var berkas = form.Files[0];
        await using var isi = berkas.OpenReadStream();
        return await BacaBerkasLembar.SalinAsync(isi, berkas.Length, cancellationToken);
    }

    /// <summary>The web form's way in: the same size limit as the API, then the same command.</summary>
    public static async Task<LembarRespons> UnggahAsync(
        ISender sender, string modul, string periode, Stream berkas, long? panjang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var isi = await BacaBerkasLembar.SalinAsync(berkas, panjang, cancellationToken);
        return await sender.Send(new Command(modul, periode, null, isi, null), cancellationToken);
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapPost("/data/{periode}/unggah", async (
                string periode, [FromQuery] string? wilayah, HttpRequest request, HttpResponse response,
                ISender sender, CancellationToken cancellationToken) =>
            {
                var isi = await BacaIsiAsync(request, cancellationToken);
                return await response.JawabLembarAsync(sender.Send(new Command(modul.Nama, periode, wilayah, isi, request.IfMatch()), cancellationToken));
            })
            .RequireAuthorization(KebijakanAkses.PengisiData(modul.Nama))
            .WithName($"{modul.Nama}.UnggahLembar")
            .WithSummary("Unggah lembar data dari templat CSV/XLSX (validasi sama, semua atau tidak sama sekali)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
