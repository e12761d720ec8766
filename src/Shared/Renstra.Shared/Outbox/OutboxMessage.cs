using System.Text.Json;
using Renstra.Shared.Abstractions;

namespace Renstra.Shared.Outbox;

/// <summary>An integration event waiting in the publishing module's database to be delivered.</summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 10;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary><c>Namespace.Type, Assembly</c> of the event.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredOnUtc { get; private set; }

    public DateTime? ProcessedOnUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options),
            OccurredOnUtc = integrationEvent.Waktu.UtcDateTime,
        };
    }

    public IntegrationEvent ToIntegrationEvent()
    {
        var type = System.Type.GetType(Type, throwOnError: false);
        if (type is null || !typeof(IntegrationEvent).IsAssignableFrom(type))
            throw new InvalidOperationException($"Outbox message {Id}: unknown integration event type '{Type}'.");
        return (IntegrationEvent?)JsonSerializer.Deserialize(Payload, type, OutboxJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {Id}: empty payload.");
    }
}

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
