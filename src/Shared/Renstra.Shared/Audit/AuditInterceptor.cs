using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Renstra.Shared.Identity;
using Renstra.Shared.Persistence;

namespace Renstra.Shared.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change of an audited entity inside the same
/// <c>SaveChanges</c> (so the change and its audit commit together), and refuses any attempt to
/// change or delete an existing audit entry. One per module context type, shared by all its contexts: the user is the one
/// of the scope the saving context serves (<see cref="IKonteksModul"/>).
/// </summary>
public sealed class AuditInterceptor(string modul, Func<Type, bool>? alsoAudit = null)
    : SaveChangesInterceptor, IPengamatSimpan
{
    /// <summary>Never written to the log, whatever entity carries them.</summary>
    private static readonly HashSet<string> Secret = new(StringComparer.OrdinalIgnoreCase)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Xml",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>The same audit rows for a save without EF's update pipeline (<see cref="SimpanLangsung"/>), which has
    /// detected the changes just before.</summary>
    public void Menyimpan(DbContext db) => Record(db, deteksi: false);

    private void Record(DbContext? db, bool deteksi = true)
    {
        if (db is null) return;
        if (deteksi) db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.SemuaEntri();
        if (entries.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Jejak audit hanya dapat ditambah, tidak dapat diubah atau dihapus.");

        var audited = entries
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is IAudited || alsoAudit?.Invoke(e.Metadata.ClrType) == true)
            .ToList();
        if (audited.Count == 0) return;

        var layanan = (db as IKonteksModul)?.Keadaan.Layanan;
        var user = layanan?.GetService<ICurrentUser>()?.Name ?? "sistem";
        var now = (layanan?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        foreach (var entry in audited)
        {
            var changed = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList()
                : entry.Properties.ToList();
            if (entry.State == EntityState.Modified && changed.Count == 0) continue;
            db.Add(new AuditEntry
            {
                WaktuUtc = now,
                Oleh = user,
                Aksi = entry.State switch { EntityState.Added => "Tambah", EntityState.Deleted => "Hapus", _ => "Ubah" },
                Entitas = EntityName(entry),
                Kunci = KeyOf(entry),
                Sebelum = entry.State == EntityState.Added ? null : Serialize(changed, original: true),
                Sesudah = entry.State == EntityState.Deleted ? null : Serialize(changed, original: false),
                Modul = modul,
            });
        }
    }

    private static string EntityName(EntityEntry entry)
    {
        var name = entry.Metadata.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        // Store-generated keys are not known before insert; natural keys say more to a reader anyway.
        var natural = entry.Metadata.GetIndexes().FirstOrDefault(i => i.IsUnique);
        var properties = natural?.Properties ?? key.Properties;
        return string.Join("/", properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Serialize(IEnumerable<PropertyEntry> properties, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            if (p.Metadata.IsShadowProperty() && p.Metadata.IsForeignKey()) continue;
            values[p.Metadata.Name] = Secret.Contains(p.Metadata.Name) ? "***" : original ? p.OriginalValue : p.CurrentValue;
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
