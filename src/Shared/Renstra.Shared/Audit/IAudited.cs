namespace Renstra.Shared.Audit;

/// <summary>
/// Marks an entity whose every change (insert, update, delete) is written to its module's append-only
/// audit log, in the same transaction as the change.
/// </summary>
public interface IAudited;
