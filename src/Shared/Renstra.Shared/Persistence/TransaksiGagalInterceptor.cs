using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Renstra.Shared.Persistence;

/// <summary>
/// Logs a failed transaction operation at the level it deserves. EF Core logs every one as
/// <see cref="RelationalEventId.TransactionError"/> at Error — also a commit that never ran because its request was
/// cancelled (the client went away mid-PUT; the transaction rolls back, nothing is stored). The module contexts log
/// that event at Debug (<see cref="ModuleDbContextRegistration"/>), and this interceptor logs it again under EF's
/// category: a cancellation at Information, anything else at Error with its exception, as before.
/// </summary>
public sealed partial class TransaksiGagalInterceptor(ILoggerFactory loggers) : DbTransactionInterceptor
{
    private readonly ILogger _logger = loggers.CreateLogger(DbLoggerCategory.Database.Transaction.Name);

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Catat(eventData, CancellationToken.None);

    public override Task TransactionFailedAsync(
        DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Catat(eventData, cancellationToken);
        return Task.CompletedTask;
    }

    private void Catat(TransactionErrorEventData eventData, CancellationToken cancellationToken)
    {
        var detektor = eventData.Context?.GetService<IExceptionDetector>();
        var dibatalkan = detektor?.IsCancellation(eventData.Exception, cancellationToken)
            ?? eventData.Exception is OperationCanceledException;
        if (dibatalkan) LogDibatalkan(_logger, eventData.Action, eventData.Context?.GetType().Name);
        else LogGagal(_logger, eventData.Exception, eventData.Action, eventData.Context?.GetType().Name);
    }

    [LoggerMessage(EventId = 20205, Level = LogLevel.Information,
        Message = "Transaction {Action} on {Context} did not complete: its request was cancelled (the client went away). An uncommitted transaction is rolled back.")]
    private static partial void LogDibatalkan(ILogger logger, string action, string? context);

    [LoggerMessage(EventId = 20205, Level = LogLevel.Error, Message = "An error occurred using a transaction ({Action} on {Context}).")]
    private static partial void LogGagal(ILogger logger, Exception exception, string action, string? context);
}
