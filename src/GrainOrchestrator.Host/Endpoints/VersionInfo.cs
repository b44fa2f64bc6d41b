using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace GrainOrchestrator.Host.Endpoints;

/// <summary>Kubernetes' <c>version.Info</c>, as served on <c>/version</c>.</summary>
public sealed record VersionInfo(
    [property: JsonPropertyName("major")] string Major,
    [property: JsonPropertyName("minor")] string Minor,
    [property: JsonPropertyName("gitVersion")] string GitVersion,
    [property: JsonPropertyName("gitCommit")] string GitCommit,
    [property: JsonPropertyName("gitTreeState")] string GitTreeState,
    [property: JsonPropertyName("buildDate")] string BuildDate,
    [property: JsonPropertyName("goVersion")] string GoVersion,
    [property: JsonPropertyName("compiler")] string Compiler,
    [property: JsonPropertyName("platform")] string Platform)
{
    /// <summary>The Kubernetes API version we are compatible with; kubectl compares its own against it.</summary>
    public const string KubernetesMajor = "1";
    public const string KubernetesMinor = "32";

    public static VersionInfo Current { get; } = Create();

    private static VersionInfo Create()
    {
        var assembly = typeof(VersionInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var productVersion = plus < 0 ? informational : informational[..plus];
        var commit = plus < 0 ? string.Empty : informational[(plus + 1)..];
        var buildDate = File.GetLastWriteTimeUtc(assembly.Location).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return new VersionInfo(
            KubernetesMajor,
            KubernetesMinor,
            $"v{KubernetesMajor}.{KubernetesMinor}.0+grainorchestrator-{productVersion}",
            commit,
            string.IsNullOrEmpty(commit) ? string.Empty : "clean",
            buildDate,
            RuntimeInformation.FrameworkDescription,
            "roslyn",
            $"{(OperatingSystem.IsLinux() ? "linux" : RuntimeInformation.OSDescription.ToLowerInvariant())}/{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() switch { "x64" => "amd64", var a => a }}");
    }
}
