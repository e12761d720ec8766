using Mediator;

namespace Renstra.Modules.Evaluasi.Features;

/// <summary>A file to download: its bytes, content type and name.</summary>
public sealed record BerkasEvaluasi(byte[] Isi, string JenisKonten, string NamaBerkas);

/// <summary>Formulir E.81 of a year up to a quarter as XLSX in the official layout (the web UI's download; the API serves it through <c>?format=xlsx</c>).</summary>
public static class UnduhEvaluasiRenja
{
    public sealed record Query(int Tahun, int SampaiTriwulan) : IQuery<BerkasEvaluasi>;

    public sealed class Handler(ISender sender) : IQueryHandler<Query, BerkasEvaluasi>
    {
        public async ValueTask<BerkasEvaluasi> Handle(Query query, CancellationToken cancellationToken)
        {
            var formulir = await sender.Send(new LihatEvaluasiRenja.Query(query.Tahun, query.SampaiTriwulan), cancellationToken);
            return new BerkasEvaluasi(XlsxE81.Tulis(formulir), XlsxE81.JenisKonten, $"formulir-e81-{formulir.Tahun}-tw{formulir.SampaiTriwulan}.xlsx");
        }
    }
}
