using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace GrainOrchestrator.Host.Cli;

/// <summary>Parses <c>IP:PORT</c> (and <c>[v6]:PORT</c>); host names are refused so that listeners are explicit.</summary>
public static class EndpointParser
{
    public static bool TryParse(string text, [NotNullWhen(true)] out IPEndPoint? endpoint, [NotNullWhen(false)] out string? error)
    {
        endpoint = null;
        if (!IPEndPoint.TryParse(text, out var parsed) || !text.Contains(':', StringComparison.Ordinal))
        {
            error = "expected IP:PORT, e.g. 127.0.0.1:6443";
            return false;
        }

        if (parsed.Port is < 0 or > 65535)
        {
            error = "port must be between 0 and 65535";
            return false;
        }

        endpoint = parsed;
        error = null;
        return true;
    }
}
