using System.Runtime;
using System.Runtime.InteropServices;
using Renstra.Shared.Hosting;

namespace Renstra.Host.Hosting;

/// <summary>
/// Gives memory back to the operating system when nobody has used the app for a while (issue 13: an office's
/// server idles most of the day). After <see cref="Senggang"/> without a request it empties the rebuildable caches
/// (<see cref="ITembolokSenggang"/>), runs one aggressive, compacting garbage collection (which also returns the
/// GC's free regions) and, on glibc, <c>malloc_trim</c> (native allocations freed by SQLite and the runtime stay in
/// glibc's arenas otherwise). Once per idle spell: the next request starts a new spell. Off with
/// <c>Renstra:Memory:IdleTrimSeconds=0</c>.
/// </summary>
internal sealed partial class PelepasIngatanSenggang(
    AktivitasPermintaan aktivitas, IEnumerable<ITembolokSenggang> tembolok, IConfiguration configuration,
    TimeProvider waktu, ILogger<PelepasIngatanSenggang> logger) : BackgroundService
{
    private long _dilepasUntuk = -1;

    private TimeSpan Senggang => TimeSpan.FromSeconds(configuration.GetValue("Renstra:Memory:IdleTrimSeconds", 60));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Senggang <= TimeSpan.Zero) return;
        using var detak = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(Senggang.TotalSeconds / 4, 1, 15)), waktu);
        while (await detak.WaitForNextTickAsync(stoppingToken)) Periksa();
    }

    /// <summary>One look at the clock: releases memory if the app has idled long enough and not yet in this idle spell.</summary>
    internal bool Periksa()
    {
        var terakhir = aktivitas.Terakhir;
        if (terakhir == _dilepasUntuk || waktu.GetElapsedTime(terakhir) < Senggang) return false;
        _dilepasUntuk = terakhir;
        Lepaskan();
        return true;
    }

    internal void Lepaskan()
    {
        var sebelum = Environment.WorkingSet;
        foreach (var t in tembolok) t.Kosongkan();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OperatingSystem.IsLinux()) KembalikanHeapNative();
        LogDilepas(logger, sebelum / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
    }

    private static void KembalikanHeapNative()
    {
        try
        {
            malloc_trim(0);
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc (e.g. musl on Alpine): nothing to trim this way.
        }
        catch (DllNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int malloc_trim(nuint pad);

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
