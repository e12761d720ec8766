using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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

/// <summary>
/// POST /api/indikator/impor: every workflow checked first; then each becomes a new version (nothing is
/// stored if one is invalid). Anything the import could not keep — another expression type or action, a
/// rule named unlike its workflow, an unknown or oversized property — is refused by name, never dropped.
/// </summary>
public static class ImporIndikator
{
    /// <summary>The largest rules file (API body and the web form alike).</summary>
    public const long UkuranMaksimum = 1024 * 1024;

    /// <summary>Workflows per import: every indicator of the Renstra with room to spare, and a bounded CPU cost.</summary>
    public const int WorkflowMaksimum = 300;

    /// <summary>The properties an indicator workflow may carry (what the export writes).</summary>
    public static readonly IReadOnlySet<string> PropertiDikenal = new HashSet<string>(StringComparer.Ordinal)
    {
        "nama", "satuan", "polaritas", "modul", "tingkat", "aturanCapaian", "definisiOperasional", "berlakuMulai", "versi",
    };

    private const int PanjangPropertiMaksimum = 4000;

    public sealed record Command(IReadOnlyList<WorkflowIndikator>? Workflow) : ICommand<Hasil>;

    public sealed record Hasil(int Jumlah, IReadOnlyList<string> Indikator);

    public sealed class Handler(KinerjaDbContext db, LayananKinerja layanan, ISender sender) : ICommandHandler<Command, Hasil>
    {
        public async ValueTask<Hasil> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Workflow is not { Count: > 0 } daftar) throw ValidationFailedException.For("", "Berkas impor kosong.");
            if (daftar.Count > WorkflowMaksimum)
                throw ValidationFailedException.For("", $"Berkas berisi {daftar.Count} workflow; paling banyak {WorkflowMaksimum} indikator per impor.");
            var skema = await layanan.Katalog.SkemaIndikatorAsync(cancellationToken);
            var aturan = await db.AturanCapaian.Where(a => a.Jenis == "Capaian" && a.Aktif).Select(a => a.Nama).ToListAsync(cancellationToken);
            var definisi = new List<(string Kode, IndikatorDefinisi Definisi)>();
            var galat = new Dictionary<string, string[]>();
            var terlihat = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in daftar)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var nama = TeksPengguna.Kutip(w?.WorkflowName, 60) is { Length: > 0 } n ? n : "?";
                if (w?.Rules is not { Count: 1 } rules || rules[0] is null)
                {
                    galat[nama] = ["Setiap workflow indikator harus berisi tepat satu rule."];
                    continue;
                }
                var r = rules[0];
                if (TidakDidukung(w, r) is { Count: > 0 } ditolak)
                {
                    galat[nama] = [.. ditolak];
                    continue;
                }
                if (!terlihat.Add(w.WorkflowName ?? ""))
                {
                    galat[nama] = ["Workflow ini muncul lebih dari sekali dalam berkas."];
                    continue;
                }
                string? P(string kunci) => r.Properties?.GetValueOrDefault(kunci) is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
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
                    galat[nama] = e.Errors.SelectMany(x => x.Value.Select(m => $"{x.Key}: {m}")).ToArray();
                }
            }
            if (galat.Count > 0) throw new ValidationFailedException(galat, "Impor dibatalkan: ada indikator yang tidak valid.");
            foreach (var (kode, d) in definisi) await sender.Send(new SimpanIndikator.Command(kode, d, HitungUlang: false), cancellationToken);
            // One recompute for the whole import, not one per indicator.
            layanan.Antrian.Jalankan();
            return new Hasil(definisi.Count, definisi.Select(d => d.Kode).ToList());
        }
    }

    /// <summary>What of a workflow the import would not keep, each named.</summary>
    private static List<string> TidakDidukung(WorkflowIndikator w, RuleIndikator r)
    {
        var pesan = new List<string>();
        if (r.RuleName != w.WorkflowName)
            pesan.Add($"RuleName '{TeksPengguna.Kutip(r.RuleName, 60)}' harus sama dengan WorkflowName '{TeksPengguna.Kutip(w.WorkflowName, 60)}'.");
        if (r.RuleExpressionType is not null and not "LambdaExpression")
            pesan.Add($"RuleExpressionType '{TeksPengguna.Kutip(r.RuleExpressionType, 40)}' tidak didukung; hanya LambdaExpression.");
        if (r.Actions?.OnSuccess is not { } aksi)
            pesan.Add("Actions.OnSuccess wajib berisi OutputExpression dengan Context.Expression (rumus indikator).");
        else
        {
            if (aksi.Name != "OutputExpression")
                pesan.Add($"Aksi '{TeksPengguna.Kutip(aksi.Name, 40)}' tidak didukung; hanya OutputExpression.");
            foreach (var kunci in (aksi.Context ?? []).Keys.Where(k => k != "Expression"))
                pesan.Add($"Context '{TeksPengguna.Kutip(kunci, 40)}' tidak didukung; hanya Expression.");
        }
        foreach (var (kunci, nilai) in r.Properties ?? [])
        {
            if (!PropertiDikenal.Contains(kunci))
                pesan.Add($"Properti '{TeksPengguna.Kutip(kunci, 40)}' tidak dikenal; yang boleh: {string.Join(", ", PropertiDikenal)}.");
            else if (nilai is { } e && e.GetRawText().Length > PanjangPropertiMaksimum)
                pesan.Add($"Properti '{kunci}' terlalu panjang (paling banyak {PanjangPropertiMaksimum} karakter).");
            else if (nilai is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) } && kunci != "versi")
                pesan.Add($"Properti '{kunci}' harus berupa teks.");
        }
        return pesan;
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/indikator/impor", async (IReadOnlyList<WorkflowIndikator> workflow, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new Command(workflow), ct)))
            .RequireAuthorization(KebijakanAkses.Admin).WithTags("Indikator")
            .WithMetadata(new RequestSizeLimitAttribute(UkuranMaksimum))
            .WithSummary("Impor aturan indikator dari JSON workflow; setiap indikator menjadi versi baru.");
}
