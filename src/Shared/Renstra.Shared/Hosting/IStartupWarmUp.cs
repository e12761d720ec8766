namespace Renstra.Shared.Hosting;

/// <summary>
/// Start-up work that touches no database (e.g. a parser's one-time set-up): the host starts it at the beginning of
/// start-up, beside the migrations, and waits for it before it listens; a failure stops the start. Registered as a
/// singleton, so that what it warms is the instance the app then uses.
/// </summary>
public interface IStartupWarmUp
{
    void WarmUp();
}
