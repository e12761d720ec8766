using Microsoft.EntityFrameworkCore;

namespace Renstra.Shared.Audit;

public static class AuditModel
{
    /// <summary>Maps the module's append-only <c>AuditLog</c> table.</summary>
    public static ModelBuilder ApplyAuditLog(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditLog");
            e.HasKey(a => a.Id);
            e.Property(a => a.Oleh).HasMaxLength(256);
            e.Property(a => a.Aksi).HasMaxLength(10);
            e.Property(a => a.Entitas).HasMaxLength(100);
            e.Property(a => a.Kunci).HasMaxLength(400);
            e.Property(a => a.Modul).HasMaxLength(50);
            e.HasIndex(a => a.WaktuUtc);
            e.HasIndex(a => new { a.Entitas, a.WaktuUtc });
        });
        return modelBuilder;
    }
}
