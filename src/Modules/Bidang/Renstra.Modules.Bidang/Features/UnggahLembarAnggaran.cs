using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Bidang.Features;

/// <summary>
/// <c>POST /api/{modul}/anggaran/{tahun}-T{n}/unggah</c>: a realisasi anggaran sheet from the CSV/XLSX template,
/// read by the kernel's upload parser and then checked and stored exactly as <see cref="SimpanLembarAnggaran"/>; all or nothing.
/// </summary>
public static class UnggahLembarAnggaran
{
    public sealed record Command(string Modul, string Periode, byte[] Isi, string? IfMatch) : ICommand<LembarAnggaranRespons>;

    public sealed class Handler(ISender sender) : ICommandHandler<Command, LembarAnggaranRespons>
    {
        public async ValueTask<LembarAnggaranRespons> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Isi.Length == 0) throw ValidationFailedException.For("berkas", "Kirim berkas CSV atau XLSX hasil templat.");
            var realisasi = BacaBerkasLembar.Baca(command.Isi, cancellationToken);
            var sumber = BacaBerkasLembar.IsXlsx(command.Isi) ? "xlsx" : "csv";
            return await sender.Send(new SimpanLembarAnggaran.Command(command.Modul, command.Periode, realisasi, command.IfMatch, sumber), cancellationToken);
        }
    }

    internal static void Map(RouteGroupBuilder group, BidangModul modul) =>
        group.MapPost("/anggaran/{periode}/unggah", async (
                string periode, HttpRequest request, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
            {
                var isi = await UnggahLembar.BacaIsiAsync(request, cancellationToken);
                var ifMatch = request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString() : null;
                var lembar = await sender.Send(new Command(modul.Nama, periode, isi, ifMatch), cancellationToken);
                response.SetETag(lembar.Revisi);
                return TypedResults.Ok(lembar);
            })
            .RequireAuthorization(KebijakanAkses.PengisiData(modul.Nama))
            .WithName($"{modul.Nama}.UnggahRealisasiAnggaran")
            .WithSummary("Unggah realisasi anggaran satu triwulan dari templat CSV/XLSX (validasi sama, semua atau tidak sama sekali)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
