using System.Runtime;
using Renstra.Shared.Hosting;

namespace Renstra.Host.Hosting;

/// <summary>
/// Gives memory back to the operating system when nobody has used the app for a while (issue 13: an office's
/// server idles most of the day). After <see cref="Senggang"/> without a request it empties the rebuildable caches
/// (<see cref="ITembolokSenggang"/>), runs one aggressive, compacting garbage collection (which also returns the
/// GC's free regions) and, on glibc, <c>malloc_trim</c> (native allocations freed by SQLite and the runtime stay in
/// glibc's arenas otherwise). Once per idle spell — unless the idle process grows again by
/// <see cref="TumbuhLagiBytes"/> (the minute jobs keep allocating, and Server GC lets that sit until its next
/// collection), then again at most once per <see cref="Senggang"/>. The next request starts a new spell. Off with
/// <c>Renstra:Memory:IdleTrimSeconds=0</c>.
/// </summary>
internal sealed partial class PelepasIngatanSenggang(
    AktivitasPermintaan aktivitas, IEnumerable<ITembolokSenggang> tembolok, IConfiguration configuration,
    TimeProvider waktu, ILogger<PelepasIngatanSenggang> logger) : BackgroundService
{
    /// <summary>How much the idle process may grow after a release before it is released again.</summary>
    internal const long TumbuhLagiBytes = 4 * 1024 * 1024;

    private long _dilepasUntuk = -1;
    private long _dilepasPada;
    private long _ingatanSesudahLepas;

    /// <summary>The process's resident memory; replaced in tests.</summary>
    internal Func<long> BacaIngatan { get; init; } = () => Environment.WorkingSet;

    private TimeSpan Senggang => TimeSpan.FromSeconds(configuration.GetValue("Renstra:Memory:IdleTrimSeconds", 60));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Senggang <= TimeSpan.Zero) return;
        using var detak = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(Senggang.TotalSeconds / 4, 1, 15)), waktu);
        while (await detak.WaitForNextTickAsync(stoppingToken)) Periksa();
    }

    /// <summary>
    /// One look at the clock: releases memory if the app has idled long enough and not yet in this idle spell, or
    /// again in the same spell when it has grown since the last release.
    /// </summary>
    internal bool Periksa()
    {
        var terakhir = aktivitas.Terakhir;
        if (waktu.GetElapsedTime(terakhir) < Senggang) return false;
        if (terakhir == _dilepasUntuk
            && (waktu.GetElapsedTime(_dilepasPada) < Senggang || BacaIngatan() - _ingatanSesudahLepas < TumbuhLagiBytes))
        {
            return false;
        }
        _dilepasUntuk = terakhir;
        Lepaskan();
        _dilepasPada = waktu.GetTimestamp();
        _ingatanSesudahLepas = BacaIngatan();
        return true;
    }

    internal void Lepaskan()
    {
        var sebelum = BacaIngatan();
        foreach (var t in tembolok) t.Kosongkan();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OperatingSystem.IsLinux()) Libc.KembalikanHeap();
        LogDilepas(logger, sebelum / (1024 * 1024), BacaIngatan() / (1024 * 1024));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Aplikasi senggang: ingatan dilepas, {SebelumMb} MB → {SesudahMb} MB.")]
    private static partial void LogDilepas(ILogger logger, long sebelumMb, long sesudahMb);
}

/// <summary>When the last HTTP request arrived (a timestamp of the app's <see cref="TimeProvider"/>); one write per request.</summary>
internal sealed class AktivitasPermintaan(TimeProvider waktu)
{
    private long _terakhir = waktu.GetTimestamp();

    public long Terakhir => Volatile.Read(ref _terakhir);

    public void Tandai() => Volatile.Write(ref _terakhir, waktu.GetTimestamp());
}

internal static class PelepasIngatanSetup
{
    public static IServiceCollection AddPelepasIngatanSenggang(this IServiceCollection services)
    {
        services.AddSingleton<AktivitasPermintaan>();
        services.AddHostedService<PelepasIngatanSenggang>();
        return services;
    }

    /// <summary>
    /// First in the pipeline, so every request a person or client makes counts as activity; a load balancer's or
    /// monitor's health probe does not (it would keep the app "busy" forever).
    /// </summary>
    public static IApplicationBuilder UseAktivitasPermintaan(this IApplicationBuilder app)
    {
        var aktivitas = app.ApplicationServices.GetRequiredService<AktivitasPermintaan>();
        return app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/health")) aktivitas.Tandai();
            return next(context);
        });
    }
}
