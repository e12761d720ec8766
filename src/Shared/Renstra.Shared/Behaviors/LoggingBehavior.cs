using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Renstra.Shared.Behaviors;

/// <summary>Logs every use case with its duration and outcome, as structured fields.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, typeof(TMessage).FullName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            LogFailed(logger, typeof(TMessage).FullName, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {Message} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string? message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} failed after {ElapsedMs:0.0} ms: {Error}")]
    private static partial void LogFailed(ILogger logger, string? message, double elapsedMs, string error);
}
