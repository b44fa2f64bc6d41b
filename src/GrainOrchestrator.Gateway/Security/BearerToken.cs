using Microsoft.Extensions.Primitives;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>Extracts the token from an <c>Authorization: Bearer &lt;token&gt;</c> header.</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer";

    /// <summary>The token, or null when there is not exactly one Bearer header with a non-empty token.</summary>
    public static string? FromAuthorizationHeader(StringValues values)
    {
        if (values.Count != 1 || values[0] is not { } header)
        {
            return null;
        }

        if (header.Length <= Scheme.Length
            || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            || header[Scheme.Length] != ' ')
        {
            return null;
        }

        var token = header[(Scheme.Length + 1)..].Trim();
        return token.Length == 0 ? null : token;
    }
}
