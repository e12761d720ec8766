using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Renstra.Modules.Kinerja.Data;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Errors;

namespace Renstra.Modules.Kinerja.Features;

/// <summary>An indicator as a RulesEngine workflow, the shape of rules/indikator/*.json.</summary>
public sealed record WorkflowIndikator(string WorkflowName, IReadOnlyList<RuleIndikator> Rules);

public sealed record RuleIndikator(
    string RuleName, string RuleExpressionType, string Expression, AksiIndikator Actions, Dictionary<string, JsonElement?> Properties);

public sealed record AksiIndikator(AksiOutput OnSuccess);

public sealed record AksiOutput(string Name, Dictionary<string, string> Context);

/// <summary>GET /api/indikator/ekspor: the live rules (latest versions) as RulesEngine workflow JSON.</summary>
public static class EksporIndikator
{
    public sealed record Query : IQuery<IReadOnlyList<WorkflowIndikator>>;

    public sealed class Handler(ISender sender) : IQueryHandler<Query, IReadOnlyList<WorkflowIndikator>>
    {
        public async ValueTask<IReadOnlyList<WorkflowIndikator>> Handle(Query query, CancellationToken cancellationToken)
        {
            var semua = await sender.Send(new DaftarIndikator.Query(null), cancellationToken);
            return semua.Select(i => new WorkflowIndikator(i.Kode,
            [
                new RuleIndikator(i.Kode, "LambdaExpression", i.Syarat ?? "true",
                    new AksiIndikator(new AksiOutput("OutputExpression", new() { ["Expression"] = i.Rumus })),
                    new()
                    {
                        ["nama"] = JsonSerializer.SerializeToElement(i.Nama),
                        ["satuan"] = JsonSerializer.SerializeToElement(i.Satuan),
                        ["polaritas"] = JsonSerializer.SerializeToElement(i.Polaritas),
                        ["modul"] = JsonSerializer.SerializeToElement(i.Modul),
                        ["tingkat"] = JsonSerializer.SerializeToElement(i.Tingkat),
                        ["aturanCapaian"] = JsonSerializer.SerializeToElement(i.AturanCapaian),
                        ["definisiOperasional"] = JsonSerializer.SerializeToElement(i.DefinisiOperasional),
                        ["berlakuMulai"] = JsonSerializer.SerializeToElement(i.BerlakuMulai),
                        ["versi"] = JsonSerializer.SerializeToElement(i.Versi),
                    }),
            ])).ToList();
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/indikator/ekspor", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new Query(), ct)))
            .RequireAuthorization(KebijakanAkses.Pembaca).WithTags("Indikator").WithSummary("Ekspor aturan indikator yang berlaku sebagai JSON workflow RulesEngine.");
}

/// <summary>POST /api/indikator/impor: every workflow checked first; then each becomes a new version (nothing is stored if one is invalid).</summary>
public static class ImporIndikator
{
    public sealed record Command(IReadOnlyList<WorkflowIndikator>? Workflow) : ICommand<Hasil>;

    public sealed record Hasil(int Jumlah, IReadOnlyList<string> Indikator);

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ISender sender) : ICommandHandler<Command, Hasil>
    {
        public async ValueTask<Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Workflow is not { Count: > 0 } daftar) throw ValidationFailedException.For("", "Berkas impor kosong.");
            if (daftar.Count > 500) throw ValidationFailedException.For("", "Paling banyak 500 indikator per impor.");
            var skema = await layanan.Katalog.SkemaIndikatorAsync(cancellationToken);
            var aturan = await db.AturanCapaian.Where(a => a.Jenis == "Capaian" && a.Aktif).Select(a => a.Nama).ToListAsync(cancellationToken);
            var definisi = new List<(string Kode, IndikatorDefinisi Definisi)>();
            var galat = new Dictionary<string, string[]>();
            foreach (var w in daftar)
            {
                if (w?.Rules is not { Count: 1 } rules || rules[0] is null)
                {
                    galat[w?.WorkflowName ?? "?"] = ["Setiap workflow indikator harus berisi tepat satu rule."];
                    continue;
                }
                var r = rules[0];
                string? P(string nama) => r.Properties?.GetValueOrDefault(nama) is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
                var d = new IndikatorDefinisi(w.WorkflowName, P("nama"), P("satuan"), P("polaritas"), P("modul"),
                    r.Actions?.OnSuccess?.Context?.GetValueOrDefault("Expression"), r.Expression, P("definisiOperasional"), P("berlakuMulai"),
                    P("aturanCapaian"), P("tingkat"));
                try
                {
                    PemeriksaanIndikator.Periksa(w.WorkflowName ?? "", d, skema, aturan, layanan.Mesin);
                    definisi.Add((w.WorkflowName!, d));
                }
                catch (ValidationFailedException e)
                {
                    galat[w.WorkflowName ?? "?"] = e.Errors.SelectMany(x => x.Value.Select(m => $"{x.Key}: {m}")).ToArray();
                }
            }
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Impor dibatalkan: ada indikator yang tidak valid.");
            foreach (var (kode, d) in definisi) await sender.Send(new SimpanIndikator.Command(kode, d), cancellationToken);
            return new Hasil(definisi.Count, definisi.Select(d => d.Kode).ToList());
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/indikator/impor", async (IReadOnlyList<WorkflowIndikator> workflow, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Command(workflow), ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Indikator")
            .WithSummary("Impor aturan indikator dari JSON workflow; setiap indikator menjadi versi baru.");
}
