using Microsoft.EntityFrameworkCore;
using Renstra.Shared.Abstractions;
using Renstra.Shared.Audit;
using Renstra.Shared.Inbox;

namespace Renstra.Shared.Outbox;

public static class OutboxModel
{
    /// <summary>Maps the module's outbox, inbox and audit-log tables.</summary>
    public static ModelBuilder ApplyOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(300);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.HasIndex(m => new { m.ProcessedOnUtc, m.OccurredOnUtc });
        });
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("InboxMessages");
            e.HasKey(m => new { m.MessageId, m.Handler });
            e.Property(m => m.Handler).HasMaxLength(200);
        });
        modelBuilder.ApplyAuditLog();
        return modelBuilder;
    }

    /// <summary>
    /// Writes the event to this module's outbox. It commits with the change it describes, in the
    /// same <c>SaveChanges</c>, so the change and the message are never one without the other.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IntegrationEvent integrationEvent) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
