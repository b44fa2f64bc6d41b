using System.Buffers.Text;
using System.Security.Cryptography;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// Keeps the admin token file and its hash entry in the token file in step. The clear token
/// file is authoritative for the admin entry: if it is lost, a new token replaces the old hash.
/// </summary>
internal static class AdminTokenStore
{
    private const int TokenBytes = 32;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>Returns the admin token and the token file's entries (including the admin one); <paramref name="created"/> tells whether the token is new.</summary>
    public static (string Token, IReadOnlyList<TokenEntry> Entries) Ensure(CredentialPaths paths, out bool created)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var token = ReadToken(paths.AdminToken);
        created = token is null;
        token ??= NewToken();

        var existing = File.Exists(paths.TokenHashes) ? TokenFile.Parse(File.ReadAllText(paths.TokenHashes)) : [];
        var admin = new TokenEntry(
            TokenHash.Compute(token),
            new AuthenticatedUser(ClusterCredentials.AdminUserName, [KnownGroups.SystemMasters]));
        IReadOnlyList<TokenEntry> entries =
            [admin, .. existing.Where(e => e.User.Name != ClusterCredentials.AdminUserName)];

        // Hash first, clear token second: a crash in between only costs a fresh token next start.
        if (!existing.SequenceEqual(entries))
        {
            SecureFile.WriteAtomically(paths.TokenHashes, TokenFile.Format(entries), SecureFile.OwnerOnly);
        }
        else
        {
            SecureFile.RestrictToOwner(paths.TokenHashes);
        }

        if (created)
        {
            SecureFile.WriteAtomically(paths.AdminToken, token + "\n", SecureFile.OwnerOnly);
        }
        else
        {
            SecureFile.RestrictToOwner(paths.AdminToken);
        }

        return (token, entries);
    }

    private static string? ReadToken(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var token = File.ReadAllText(path).Trim();
        return token.Length == 0 ? null : token;
    }
}
