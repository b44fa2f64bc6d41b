using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// Checks bearer tokens against stored SHA-256 hashes. Every stored hash is compared in
/// constant time on every call, so the time taken reveals neither which entry matched nor
/// how much of a hash did.
/// </summary>
public sealed class TokenValidator
{
    private readonly TokenEntry[] _entries;

    internal TokenValidator(IEnumerable<TokenEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
    }

    /// <summary>Number of tokens this validator accepts.</summary>
    public int Count => _entries.Length;

    /// <summary>Reads a token hash file (<c>sha256hex user [group1,group2]</c> per line).</summary>
    /// <exception cref="FormatException">A line is malformed.</exception>
    public static TokenValidator Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the content of a token hash file.</summary>
    /// <exception cref="FormatException">A line is malformed.</exception>
    public static TokenValidator Parse(string content) => new(TokenFile.Parse(content));

    public bool IsValid(string? token) => Authenticate(token) is not null;

    public bool TryAuthenticate(string? token, [NotNullWhen(true)] out string? user)
    {
        user = Authenticate(token)?.Name;
        return user is not null;
    }

    /// <summary>The user (with groups) the token belongs to, or null.</summary>
    public AuthenticatedUser? Authenticate(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var presented = TokenHash.Compute(token);
        AuthenticatedUser? match = null;
        foreach (var entry in _entries)
        {
            // No early exit: all entries cost the same whether or not one matched.
            var equal = CryptographicOperations.FixedTimeEquals(presented, entry.Hash);
            match = equal ? entry.User : match;
        }

        return match;
    }
}
