using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Renstra.Shared.Persistence;

/// <summary>
/// The change tracker's entries as they stand, without the <c>DetectChanges</c> that <see cref="ChangeTracker.Entries()"/>
/// runs first. For the SaveChanges interceptors: EF detects changes again itself right after them, and each pass compares
/// every tracked entity's values — the sheet's JSON dictionaries too — on the module file's single writer.
/// </summary>
public static class EntriTanpaDeteksi
{
    /// <summary>Every tracked entry; the caller has detected the changes it needs (or needs none: added entities are
    /// known as added from the moment they are added).</summary>
    public static List<EntityEntry> SemuaEntri(this ChangeTracker tracker) => TanpaDeteksi(tracker, t => t.Entries().ToList());

    /// <summary>The tracked entries of <typeparamref name="T"/>, as <see cref="SemuaEntri"/>.</summary>
    public static List<EntityEntry<T>> SemuaEntri<T>(this ChangeTracker tracker) where T : class =>
        TanpaDeteksi(tracker, t => t.Entries<T>().ToList());

    private static TResult TanpaDeteksi<TResult>(ChangeTracker tracker, Func<ChangeTracker, TResult> baca)
    {
        var otomatis = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return baca(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = otomatis;
        }
    }
}
