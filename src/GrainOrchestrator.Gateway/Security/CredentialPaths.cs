namespace GrainOrchestrator.Gateway.Security;

/// <summary>Where the cluster credentials live under a data directory.</summary>
internal sealed class CredentialPaths
{
    public CredentialPaths(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        DataDirectory = Path.GetFullPath(dataDirectory);
        PkiDirectory = Path.Combine(DataDirectory, ClusterCredentials.PkiDirectoryName);
    }

    public string DataDirectory { get; }

    public string PkiDirectory { get; }

    public string CaCertificate => Path.Combine(PkiDirectory, "ca.crt");

    public string CaKey => Path.Combine(PkiDirectory, "ca.key");

    public string ServingCertificate => Path.Combine(PkiDirectory, "server.crt");

    public string ServingKey => Path.Combine(PkiDirectory, "server.key");

    /// <summary>Server-side token store: SHA-256 hashes only.</summary>
    public string TokenHashes => Path.Combine(PkiDirectory, ClusterCredentials.TokenHashFileName);

    /// <summary>The admin token in clear, for whoever writes the kubeconfig.</summary>
    public string AdminToken => Path.Combine(DataDirectory, ClusterCredentials.AdminTokenFileName);
}
