using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>Builds the <c>isOpen</c> predicate for <see cref="BearerAuthApplicationBuilderExtensions.UseKubernetesBearerAuth"/>.</summary>
public static class OpenPaths
{
    /// <summary>What the apiserver serves to anyone: health checks and the version.</summary>
    public static IReadOnlyList<string> HealthAndVersion { get; } = ["/livez", "/readyz", "/healthz", "/version"];

    /// <summary>
    /// True for each given path and everything below it (<c>/readyz</c> covers <c>/readyz/ping</c>),
    /// compared case-insensitively by whole segments (<c>/livez</c> does not cover <c>/livezz</c>).
    /// </summary>
    public static Func<PathString, bool> Of(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        PathString[] open = [.. paths.Select(p => new PathString(p))];
        return path => Array.Exists(open, o => path.StartsWithSegments(o, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Health and version, plus <c>/metrics</c> when <paramref name="metricsOpen"/>.</summary>
    public static Func<PathString, bool> Default(bool metricsOpen) =>
        Of(metricsOpen ? [.. HealthAndVersion, "/metrics"] : HealthAndVersion);
}
