using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>
/// The app's last warnings and errors with their exceptions, kept in memory: the test host's console is not shown
/// when a test fails, and an unexpected answer (a 500 whose body only carries a trace id) needs the server's side.
/// </summary>
public sealed class CatatanGalat : ILoggerProvider
{
    private const int Batas = 20;

    private readonly ConcurrentQueue<string> _catatan = new();

    public ILogger CreateLogger(string categoryName) => new Pencatat(this, categoryName);

    /// <summary>The kept entries, oldest first, for a failing assertion's message.</summary>
    public override string ToString() => _catatan.IsEmpty ? "(no warning or error logged)" : string.Join(Environment.NewLine, _catatan);

    public void Dispose()
    {
    }

    private void Simpan(string entri)
    {
        _catatan.Enqueue(entri);
        while (_catatan.Count > Batas) _catatan.TryDequeue(out _);
    }

    private sealed class Pencatat(CatatanGalat pemilik, string kategori) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            pemilik.Simpan($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {kategori}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
        }
    }
}
