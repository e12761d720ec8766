using Mediator;

namespace Renstra.Shared.Abstractions;

/// <summary>
/// Base of every integration event a module publishes through its outbox. Immutable; the
/// <see cref="Id"/> lets receivers handle a redelivered message exactly once.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    /// <summary>Unique id of this occurrence; receivers de-duplicate on it.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>When the publishing module committed the change (UTC).</summary>
    public DateTimeOffset Waktu { get; init; } = DateTimeOffset.UtcNow;
}
