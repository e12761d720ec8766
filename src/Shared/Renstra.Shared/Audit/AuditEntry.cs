namespace Renstra.Shared.Audit;

/// <summary>One change, as <c>GET /api/audit</c> serves it. Append-only: never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime WaktuUtc { get; init; }

    /// <summary>Who made the change (user name), or <c>sistem</c>.</summary>
    public string Oleh { get; init; } = "";

    /// <summary><c>Tambah</c>, <c>Ubah</c> or <c>Hapus</c>.</summary>
    public string Aksi { get; init; } = "";

    /// <summary>The kind of thing changed, e.g. <c>Indikator</c>, <c>LembarData</c>.</summary>
    public string Entitas { get; init; } = "";

    /// <summary>Which one: its key values.</summary>
    public string Kunci { get; init; } = "";

    /// <summary>Values before (JSON), null for an insert.</summary>
    public string? Sebelum { get; init; }

    /// <summary>Values after (JSON), null for a delete.</summary>
    public string? Sesudah { get; init; }

    /// <summary>The module whose data it is.</summary>
    public string Modul { get; init; } = "";
}
