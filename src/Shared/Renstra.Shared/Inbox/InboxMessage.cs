using Microsoft.EntityFrameworkCore;

namespace Renstra.Shared.Inbox;

/// <summary>Remembers which integration events a receiving module has already handled.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public string Handler { get; init; } = "";

    public DateTime HandledOnUtc { get; init; }
}

public static class InboxExtensions
{
    public static Task<bool> AlreadyHandledAsync(this DbContext db, Guid messageId, string handler, CancellationToken cancellationToken) =>
        db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Handler == handler, cancellationToken);

    /// <summary>Records the event as handled; commits with the handler's own changes.</summary>
    public static void MarkHandled(this DbContext db, Guid messageId, string handler, DateTime nowUtc) =>
        db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Handler = handler, HandledOnUtc = nowUtc });
}
