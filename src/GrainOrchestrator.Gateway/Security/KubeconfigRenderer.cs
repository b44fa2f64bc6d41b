using System.Text;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// Renders a kubeconfig with one cluster (server URL + CA as <c>certificate-authority-data</c>),
/// one token user (<c>&lt;context&gt;-admin</c>) and one context (namespace <c>default</c>) that is current.
/// </summary>
public static class KubeconfigRenderer
{
    public static string Render(string serverUrl, string caPem, string token, string contextName = "grainorchestrator")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(caPem);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentException.ThrowIfNullOrWhiteSpace(contextName);
        if (!Uri.TryCreate(serverUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"'{serverUrl}' is not an absolute URL.", nameof(serverUrl));
        }

        var userName = contextName + "-admin";
        var root = new YamlMappingNode
        {
            { "apiVersion", "v1" },
            { "kind", "Config" },
            {
                "clusters", new YamlSequenceNode(new YamlMappingNode
                {
                    { "name", contextName },
                    {
                        "cluster", new YamlMappingNode
                        {
                            { "server", serverUrl },
                            { "certificate-authority-data", Convert.ToBase64String(Encoding.UTF8.GetBytes(caPem)) },
                        }
                    },
                })
            },
            {
                "users", new YamlSequenceNode(new YamlMappingNode
                {
                    { "name", userName },
                    { "user", new YamlMappingNode { { "token", token } } },
                })
            },
            {
                "contexts", new YamlSequenceNode(new YamlMappingNode
                {
                    { "name", contextName },
                    {
                        "context", new YamlMappingNode
                        {
                            { "cluster", contextName },
                            { "user", userName },
                            { "namespace", "default" },
                        }
                    },
                })
            },
            { "current-context", contextName },
        };
        return new SerializerBuilder().Build().Serialize(root);
    }

    /// <summary>Renders and writes the kubeconfig atomically with mode 0600 (it holds a token).</summary>
    public static void Write(string path, string serverUrl, string caPem, string token, string contextName = "grainorchestrator")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SecureFile.WriteAtomically(path, Render(serverUrl, caPem, token, contextName), SecureFile.OwnerOnly);
    }
}
