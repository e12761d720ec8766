namespace Renstra.Shared.Identity;

/// <summary>Who is calling: the name written into revisions, versions and the audit log.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's e-mail/user name, or <c>sistem</c> for background work.</summary>
    string Name { get; }

    bool IsInRole(string role);

    /// <summary>The operator's module (the <c>modul</c> claim), if any.</summary>
    string? Modul { get; }
}
