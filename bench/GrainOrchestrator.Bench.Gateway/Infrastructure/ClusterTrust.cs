using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace GrainOrchestrator.Bench.Gateway.Infrastructure;

/// <summary>
/// HTTP handlers that trust the cluster CA and nothing else (as kubectl does with the kubeconfig's
/// certificate-authority-data): the serving certificate's chain must end at that CA and its names
/// must match the address.
/// </summary>
public static class ClusterTrust
{
    public static SocketsHttpHandler CreateHandler(X509Certificate2 certificateAuthority)
    {
        ArgumentNullException.ThrowIfNull(certificateAuthority);
        return new SocketsHttpHandler
        {
            // HTTP/2 multiplexes every caller on one connection (as Go clients and Grpc.Net do);
            // HTTP/1.1 opens one connection per concurrent caller (no limit per server).
            EnableMultipleHttp2Connections = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => Validate(certificateAuthority, certificate, errors),
            },
        };
    }

    private static bool Validate(X509Certificate2 certificateAuthority, X509Certificate? certificate, SslPolicyErrors errors)
    {
        // A name mismatch or a missing certificate stays an error; only the chain is judged against our root.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(certificateAuthority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}
