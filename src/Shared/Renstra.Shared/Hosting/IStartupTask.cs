namespace Renstra.Shared.Hosting;

/// <summary>
/// Work a module needs done once at start, after every database is migrated and before the app
/// serves requests (e.g. importing the shipped rules on first start). Must be idempotent: every
/// instance of the app runs it at every start. The tasks of one assembly run in registration order in
/// one scope; tasks of different assemblies run at the same time, so a task must not depend on another
/// module's task.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
