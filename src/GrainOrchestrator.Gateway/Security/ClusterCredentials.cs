using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// The server's TLS and token material under its data directory, created on first start and
/// reused afterwards:
/// <list type="bullet">
/// <item><c>pki/ca.crt</c>, <c>pki/ca.key</c>: a self-signed ECDSA P-256 CA valid 10 years;</item>
/// <item><c>pki/server.crt</c>, <c>pki/server.key</c>: a serving certificate signed by it, valid one
/// year, reissued when it lacks a requested name or expires within 30 days;</item>
/// <item><c>admin-token</c>: the admin bearer token in clear (for the kubeconfig);</item>
/// <item><c>pki/tokens</c>: SHA-256 hashes of accepted tokens, <c>sha256hex user [groups]</c> per line.</item>
/// </list>
/// Keys and token files have mode 0600, <c>pki/</c> 0700.
/// </summary>
public static class ClusterCredentials
{
    public const string PkiDirectoryName = "pki";
    public const string AdminTokenFileName = "admin-token";
    public const string TokenHashFileName = "tokens";
    public const string AdminUserName = "admin";

    private const string CaCommonName = "grainorchestrator-ca";
    private const string ServingCommonName = "grainorchestrator";

    public static ClusterCredentialSet EnsureCreated(string dataDirectory, IEnumerable<string> dnsNames, IEnumerable<IPAddress> ipAddresses) =>
        EnsureCreated(dataDirectory, dnsNames, ipAddresses, NullLogger.Instance);

    public static ClusterCredentialSet EnsureCreated(
        string dataDirectory, IEnumerable<string> dnsNames, IEnumerable<IPAddress> ipAddresses, ILogger logger) =>
        EnsureCreated(dataDirectory, dnsNames, ipAddresses, logger, TimeProvider.System);

    internal static ClusterCredentialSet EnsureCreated(
        string dataDirectory, IEnumerable<string> dnsNames, IEnumerable<IPAddress> ipAddresses, ILogger logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);
        var paths = new CredentialPaths(dataDirectory);
        var names = SubjectAlternativeNames.Create(dnsNames, ipAddresses);
        SecureFile.EnsureDirectory(paths.DataDirectory);
        SecureFile.EnsureDirectory(paths.PkiDirectory);

        var now = time.GetUtcNow();
        using var ca = LoadOrCreateCertificateAuthority(paths, now, logger);
        var serving = LoadOrCreateServingCertificate(paths, ca, names, now, logger);
        try
        {
            var (token, entries) = AdminTokenStore.Ensure(paths, out var created);
            if (created)
            {
                SecurityLog.GeneratedAdminToken(logger, paths.AdminToken);
            }

            return new ClusterCredentialSet(serving, ca.ExportCertificatePem() + "\n", token, new TokenValidator(entries), paths);
        }
        catch
        {
            serving.Dispose();
            throw;
        }
    }

    private static X509Certificate2 LoadOrCreateCertificateAuthority(CredentialPaths paths, DateTimeOffset now, ILogger logger)
    {
        if (File.Exists(paths.CaCertificate))
        {
            // Never replace a CA silently: clients trust it. A missing or broken key is an operator problem.
            if (!File.Exists(paths.CaKey))
            {
                throw new InvalidOperationException($"{paths.CaCertificate} exists but its key {paths.CaKey} does not.");
            }

            return PemCertificateFiles.Load(paths.CaCertificate, paths.CaKey);
        }

        // No certificate yet (a key alone is left over from an interrupted first start): create.
        var ca = CertificateFactory.CreateCertificateAuthority(CaCommonName, now);
        PemCertificateFiles.Write(ca, paths.CaCertificate, paths.CaKey);
        SecurityLog.CreatedCertificateAuthority(logger, paths.PkiDirectory);
        return ca;
    }

    private static X509Certificate2 LoadOrCreateServingCertificate(
        CredentialPaths paths, X509Certificate2 ca, SubjectAlternativeNames names, DateTimeOffset now, ILogger logger)
    {
        var reason = ReasonToReissue(paths, ca, names, now);
        if (reason is not null)
        {
            SecurityLog.ReplacingServingCertificate(logger, reason);
            using var issued = CertificateFactory.CreateServingCertificate(ca, ServingCommonName, names, now);
            PemCertificateFiles.Write(issued, paths.ServingCertificate, paths.ServingKey);
            SecurityLog.IssuedServingCertificate(
                logger, string.Join(", ", names.DnsNames.Concat(names.IpAddresses.Select(a => a.ToString()))), issued.NotAfter.ToUniversalTime());
        }

        // Serve exactly what is on disk.
        return PemCertificateFiles.Load(paths.ServingCertificate, paths.ServingKey);
    }

    private static string? ReasonToReissue(CredentialPaths paths, X509Certificate2 ca, SubjectAlternativeNames names, DateTimeOffset now)
    {
        if (!File.Exists(paths.ServingCertificate) || !File.Exists(paths.ServingKey))
        {
            return "there is none";
        }

        try
        {
            using var existing = PemCertificateFiles.Load(paths.ServingCertificate, paths.ServingKey);
            return ServingCertificateCheck.ReasonToReplace(existing, ca, names, now);
        }
        catch (CryptographicException e)
        {
            return $"it cannot be loaded ({e.Message})";
        }
    }
}
