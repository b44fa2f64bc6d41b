using System.Security.Cryptography.X509Certificates;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>What <see cref="ClusterCredentials.EnsureCreated(string, IEnumerable{string}, IEnumerable{System.Net.IPAddress})"/> hands the server.</summary>
public sealed class ClusterCredentialSet : IDisposable
{
    internal ClusterCredentialSet(
        X509Certificate2 servingCertificate, string caCertificatePem, string adminToken, TokenValidator tokenValidator, CredentialPaths paths)
    {
        ServingCertificate = servingCertificate;
        CaCertificatePem = caCertificatePem;
        AdminToken = adminToken;
        TokenValidator = tokenValidator;
        PkiDirectory = paths.PkiDirectory;
        AdminTokenPath = paths.AdminToken;
        CaCertificatePath = paths.CaCertificate;
        TokenHashesPath = paths.TokenHashes;
    }

    /// <summary>The serving certificate with its private key, ready for Kestrel.</summary>
    public X509Certificate2 ServingCertificate { get; }

    /// <summary>The CA certificate in PEM, for kubeconfigs and clients.</summary>
    public string CaCertificatePem { get; }

    /// <summary>The admin user's bearer token (user <c>admin</c>, group <c>system:masters</c>).</summary>
    public string AdminToken { get; }

    /// <summary>Accepts the admin token and any other entry of the token hash file.</summary>
    public TokenValidator TokenValidator { get; }

    public string PkiDirectory { get; }

    public string CaCertificatePath { get; }

    public string AdminTokenPath { get; }

    public string TokenHashesPath { get; }

    public void Dispose() => ServingCertificate.Dispose();
}
