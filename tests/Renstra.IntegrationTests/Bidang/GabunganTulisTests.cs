using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renstra.IntegrationTests.Infrastructure;
using Renstra.Shared.Audit;
using Renstra.Shared.Outbox;
using Renstra.Shared.Persistence;

namespace Renstra.IntegrationTests.Bidang;

/// <summary>
/// Sheet PUTs waiting for their module's SQLite file are written by the writer whose turn it is, in one transaction, each
/// under its own savepoint (issue 9, 20-writer PUT p99). Each test holds the file's turn while its PUTs queue behind it,
/// one by one (so their order is known), then lets them go: the first in line writes them all.
/// </summary>
public sealed class GabunganTulisTests : IDisposable
{
    private static readonly KasusModul Naker = KasusModul.Semua["Ketenagakerjaan"];

    private readonly AppTanpaPengiriman _app = new();
    private readonly DbContext _berkas;

    public GabunganTulisTests() =>
        _berkas = KonteksModul.Sqlite("ketenagakerjaan", Path.Combine(_app.DataDirectory, "ketenagakerjaan.db"));

    public void Dispose()
    {
        _berkas.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Waiting_PUTs_of_different_users_and_sheets_are_stored_together_each_with_its_own_revision_audit_and_event()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var op = await _app.ClientForAsync(Naker.Operator);
        var periode = new[] { "2023-T1", "2023-T2", "2023-T3", "2023-T4", "2023" };
        string Oleh(int i) => i % 2 == 0 ? RenstraApp.Admin : Naker.Operator;

        var (jawaban, batch) = await SerentakAsync(periode.Select((p, i) => (Func<Task<HttpResponseMessage>>)(() =>
            (i % 2 == 0 ? admin : op).KirimAsync(Naker.Data(p), Naker.LembarSah))).ToArray());

        Assert.Contains(periode.Length, batch); // one transaction wrote them all
        for (var i = 0; i < periode.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, jawaban[i].StatusCode);
            var lembar = await jawaban[i].JsonAsync();
            Assert.Equal(1, lembar.GetProperty("revisi").GetInt32());
            Assert.Equal(Oleh(i), lembar.GetProperty("diubahOleh").GetString());

            var revisi = await (await admin.GetAsync(Naker.Data(periode[i]) + "/revisi")).JsonAsync();
            Assert.Equal(Oleh(i), Assert.Single(revisi.EnumerateArray()).GetProperty("diubahOleh").GetString());
            Assert.Equal(Naker.LembarSah, (await (await admin.GetAsync(Naker.Data(periode[i]))).JsonAsync()).Nilai());

            var audit = await AuditLembarAsync(periode[i]);
            Assert.NotEmpty(audit);
            Assert.All(audit, a => Assert.Equal(Oleh(i), a.Oleh));
            Assert.Equal(1, await JumlahPesanAsync(periode[i]));
        }
    }

    [Fact]
    public async Task A_write_that_lost_its_sheet_to_a_lock_or_another_revision_while_it_waited_is_answered_with_its_own_error_and_leaves_nothing_while_the_others_are_stored()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var op = await _app.ClientForAsync(Naker.Operator);
        Assert.Equal(HttpStatusCode.OK, (await admin.KirimAsync(Naker.Data("2022-T1"), Naker.LembarSah)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.KirimAsync(Naker.Data("2022-T2"), Naker.LembarSah)).StatusCode);
        var pesanSebelum = await JumlahPesanAsync("2022-T1") + await JumlahPesanAsync("2022-T2");
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // older than "saved moments ago": the PUTs below read before the turn
        var ubahAdmin = new Dictionary<string, decimal> { ["PendudukUsiaKerja"] = 98000 };
        var ubahOperator = new Dictionary<string, decimal> { ["PendudukUsiaKerja"] = 99000 };

        // Both of the operator's PUTs find their sheet open at revision 1 and queue; while they wait the administrator
        // locks 2022-T2 (a lock does not queue for the turn) and writes revision 2 of 2022-T1 (ahead of them in the batch).
        var (jawaban, batch) = await SerentakAsync(
            [
                () => admin.KirimAsync(Naker.Data("2022-T3"), Naker.LembarSah),
                () => admin.KirimAsync(Naker.Data("2022-T1"), ubahAdmin),
                () => op.KirimAsync(Naker.Data("2022-T1"), ubahOperator, ifMatch: "\"1\""), // revision 1 is gone: 412
                () => op.KirimAsync(Naker.Data("2022-T2"), ubahOperator), // locked meanwhile: merged again, then 409
                () => admin.KirimAsync(Naker.Data("2022-T4"), Naker.LembarSah),
            ],
            async () => Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Naker.Data("2022-T2") + "/kunci", null)).StatusCode));

        Assert.Contains(5, batch);
        Assert.Equal(
            new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict, HttpStatusCode.OK },
            jawaban.Select(j => j.StatusCode));
        // Lost inside the batch (its read was before the turn), not refused at the read: the answer for a lost race.
        Assert.Contains("sudah diubah pihak lain sejak revisi 1", await jawaban[2].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("terkunci", await jawaban[3].Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var p in new[] { "2022-T3", "2022-T4" })
        {
            Assert.Equal(1, (await (await admin.GetAsync(Naker.Data(p))).JsonAsync()).GetProperty("revisi").GetInt32());
            Assert.Equal(1, await JumlahPesanAsync(p));
        }
        var t1 = await (await admin.GetAsync(Naker.Data("2022-T1"))).JsonAsync();
        Assert.Equal(2, t1.GetProperty("revisi").GetInt32());
        Assert.Equal(98000, t1.Nilai()["PendudukUsiaKerja"]);
        var t2 = await (await admin.GetAsync(Naker.Data("2022-T2"))).JsonAsync();
        Assert.Equal(1, t2.GetProperty("revisi").GetInt32());
        Assert.Equal("Terkunci", t2.GetProperty("status").GetString());
        Assert.Equal(Naker.LembarSah, t2.Nilai());
        // The refused writes left nothing: no revision, audit row or event of the operator's.
        foreach (var (p, jumlah) in new[] { ("2022-T1", 2), ("2022-T2", 1) })
        {
            var revisi = await (await admin.GetAsync(Naker.Data(p) + "/revisi")).JsonAsync();
            Assert.Equal(jumlah, revisi.GetArrayLength());
            Assert.All(revisi.EnumerateArray(), r => Assert.Equal(RenstraApp.Admin, r.GetProperty("diubahOleh").GetString()));
            Assert.DoesNotContain(await AuditLembarAsync(p), a => a.Oleh == Naker.Operator);
        }
        Assert.Equal(pesanSebelum + 2, await JumlahPesanAsync("2022-T1") + await JumlahPesanAsync("2022-T2")); // revision 2, the lock
    }

    [Fact]
    public async Task A_PUT_on_a_stale_revision_or_a_locked_sheet_is_answered_at_once_without_waiting_for_the_write_turn()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.KirimAsync(Naker.Data("2022-T1"), Naker.LembarSah)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.KirimAsync(Naker.Data("2022-T2"), Naker.LembarSah)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Naker.Data("2022-T2") + "/kunci", null)).StatusCode);
        var ubah = new Dictionary<string, decimal> { ["PendudukUsiaKerja"] = 99000 };

        using (await GerbangTulisSqlite.MasukAsync(_berkas, CancellationToken.None))
        {
            // The turn is held for the whole block: an answer here came without it.
            var basi = await admin.KirimAsync(Naker.Data("2022-T1"), ubah, ifMatch: "\"7\"").WaitAsync(TimeSpan.FromSeconds(30));
            var terkunci = await admin.KirimAsync(Naker.Data("2022-T2"), ubah).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.PreconditionFailed, basi.StatusCode);
            Assert.Contains("bukan revisi terkini", await basi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Conflict, terkunci.StatusCode);
            Assert.Contains("terkunci", await terkunci.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(0, GerbangTulisSqlite.Menunggu(_berkas));
        }
        foreach (var p in new[] { "2022-T1", "2022-T2" })
        {
            var lembar = await (await admin.GetAsync(Naker.Data(p))).JsonAsync();
            Assert.Equal(1, lembar.GetProperty("revisi").GetInt32());
            Assert.Equal(Naker.LembarSah, lembar.Nilai());
        }
    }

    [Fact]
    public async Task Two_PUTs_of_one_sheet_in_a_batch_become_consecutive_revisions_the_second_merged_on_the_first()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        var op = await _app.ClientForAsync(Naker.Operator);
        var url = Naker.Data("2021-T2");
        Assert.Equal(HttpStatusCode.OK, (await admin.KirimAsync(url, Naker.LembarSah)).StatusCode);
        var pertama = new Dictionary<string, decimal> { ["AngkatanKerja"] = 70346, ["Pengangguran"] = 2766 };
        var kedua = new Dictionary<string, decimal> { ["PendudukUsiaKerja"] = 98700 };

        var (jawaban, batch) = await SerentakAsync(
            () => admin.KirimAsync(url, pertama, ifMatch: "\"1\""),
            () => op.KirimAsync(url, kedua));

        Assert.Contains(2, batch);
        Assert.Equal(2, (await jawaban[0].JsonAsync()).GetProperty("revisi").GetInt32());
        var akhir = await jawaban[1].JsonAsync();
        Assert.Equal(3, akhir.GetProperty("revisi").GetInt32());
        var harapan = new Dictionary<string, decimal>(Naker.LembarSah) { ["AngkatanKerja"] = 70346, ["Pengangguran"] = 2766, ["PendudukUsiaKerja"] = 98700 };
        Assert.Equal(harapan, akhir.Nilai());

        var revisi = (await (await admin.GetAsync(url + "/revisi")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(new[] { 1, 2, 3 }, revisi.Select(r => r.GetProperty("revisi").GetInt32()));
        Assert.Equal(RenstraApp.Admin, revisi[1].GetProperty("diubahOleh").GetString());
        Assert.Equal(Naker.Operator, revisi[2].GetProperty("diubahOleh").GetString());
        var perubahan = revisi[2].GetProperty("perubahan").EnumerateArray().ToList();
        Assert.Equal("PendudukUsiaKerja", Assert.Single(perubahan).GetProperty("variabel").GetString());
        Assert.Equal(3, await JumlahPesanAsync("2021-T2"));
    }

    [Fact]
    public async Task A_PUT_cancelled_while_waiting_leaves_the_line_and_the_batch_writes_the_others()
    {
        var admin = await _app.ClientForAsync(RenstraApp.Admin);
        using var batal = new CancellationTokenSource();
        Task<HttpResponseMessage>? dibatalkan = null;

        var (jawaban, batch) = await SerentakAsync(
            [
                () => admin.KirimAsync(Naker.Data("2020-T1"), Naker.LembarSah),
                () => dibatalkan = KirimAsync(admin, Naker.Data("2020-T2"), batal.Token),
                () => admin.KirimAsync(Naker.Data("2020-T3"), Naker.LembarSah),
            ],
            async () =>
            {
                await batal.CancelAsync();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dibatalkan!);
                await MenungguAsync(2); // the cancelled one left the line
            });

        Assert.Contains(2, batch);
        Assert.Equal(HttpStatusCode.OK, jawaban[0].StatusCode);
        Assert.Equal(HttpStatusCode.OK, jawaban[2].StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Naker.Data("2020-T2"))).StatusCode);
        Assert.Equal(0, await JumlahPesanAsync("2020-T2"));
        Assert.Empty(await AuditLembarAsync("2020-T2"));
    }

    /// <summary>
    /// Holds the module file's turn, queues each PUT behind it in order (the next one is sent once the previous one
    /// waits), then (after <c>sebelumDilepas</c>) releases the turn; returns the answers and the size of every batch written meanwhile.
    /// </summary>
    private Task<(HttpResponseMessage[] Jawaban, List<int> Batch)> SerentakAsync(params Func<Task<HttpResponseMessage>>[] kirim) =>
        SerentakAsync(kirim, sebelumDilepas: null);

    private async Task<(HttpResponseMessage[] Jawaban, List<int> Batch)> SerentakAsync(
        Func<Task<HttpResponseMessage>>[] kirim, Func<Task>? sebelumDilepas)
    {
        var batch = new List<int>();
        using var pendengar = new MeterListener();
        pendengar.InstrumentPublished = (instrumen, l) =>
        {
            if (instrumen.Meter.Name == GerbangTulisSqlite.NamaMeter && instrumen.Name == "renstra.tulis.gabungan") l.EnableMeasurementEvents(instrumen);
        };
        pendengar.SetMeasurementEventCallback<int>((_, n, _, _) =>
        {
            lock (batch) batch.Add(n);
        });
        pendengar.Start();

        var tugas = new List<Task<HttpResponseMessage>>();
        using (await GerbangTulisSqlite.MasukAsync(_berkas, CancellationToken.None))
        {
            foreach (var k in kirim)
            {
                var menunggu = GerbangTulisSqlite.Menunggu(_berkas);
                tugas.Add(k());
                await MenungguAsync(menunggu + 1);
            }
            if (sebelumDilepas is not null) await sebelumDilepas();
        }
        var jawaban = new HttpResponseMessage[tugas.Count];
        for (var i = 0; i < tugas.Count; i++)
            jawaban[i] = tugas[i].IsCanceled ? new HttpResponseMessage(HttpStatusCode.RequestTimeout) : await tugas[i].WaitAsync(TimeSpan.FromSeconds(30));
        lock (batch) return (jawaban, [.. batch]);
    }

    private async Task MenungguAsync(int jumlah) =>
        Assert.Equal(jumlah, await Eventually.WaitForAsync(() => Task.FromResult(GerbangTulisSqlite.Menunggu(_berkas)), n => n == jumlah));

    private static async Task<HttpResponseMessage> KirimAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { nilai = Naker.LembarSah }), Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request, cancellationToken);
    }

    private Task<List<AuditEntry>> AuditLembarAsync(string periode) =>
        _berkas.Set<AuditEntry>().AsNoTracking().Where(a => a.Entitas == "LembarData" && a.Kunci.StartsWith(periode + "/")).ToListAsync();

    private async Task<int> JumlahPesanAsync(string periode) =>
        (await _berkas.Set<OutboxMessage>().AsNoTracking().Select(m => m.Payload).ToListAsync())
        .Count(p => JsonDocument.Parse(p).RootElement.TryGetProperty("periode", out var v) && v.GetString() == periode);

    /// <summary>The outbox rows stay in the module's file: nothing delivers them while a test looks.</summary>
    private sealed class AppTanpaPengiriman : RenstraApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            [OutboxSignalInterceptor<DbContext>.DispatchImmediatelyKey] = "false",
            ["Renstra:Outbox:SweepCron"] = "off",
            ["Renstra:Outbox:SweepOnStart"] = "false",
        };
    }
}
