using System.Globalization;
using System.Net;
using System.Text;

namespace GrainOrchestrator.Host.Kubeconfig;

/// <summary>Writes <c>&lt;data-dir&gt;/kubeconfig.yaml</c> so that kubectl finds the server.</summary>
public static class KubeconfigWriter
{
    public const string FileName = "kubeconfig.yaml";
    public const string ContextName = "grainorchestrator";

    public static string Write(string dataDirectory, IPEndPoint apiEndpoint, string scheme = "http")
    {
        var path = Path.Combine(dataDirectory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Render(apiEndpoint, scheme), Encoding.UTF8);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    public static string Render(IPEndPoint apiEndpoint, string scheme)
    {
        var host = apiEndpoint.Address.Equals(IPAddress.Any) ? "127.0.0.1"
            : apiEndpoint.Address.Equals(IPAddress.IPv6Any) ? "[::1]"
            : apiEndpoint.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{apiEndpoint.Address}]"
            : apiEndpoint.Address.ToString();
        var server = string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{apiEndpoint.Port}");
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: {ContextName}
              cluster:
                server: {server}
            users:
            - name: {ContextName}-admin
              user: {"{}"}
            contexts:
            - name: {ContextName}
              context:
                cluster: {ContextName}
                user: {ContextName}-admin
                namespace: default
            current-context: {ContextName}
            preferences: {"{}"}

            """;
    }
}
