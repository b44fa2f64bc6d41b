using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>Decides whether an existing serving certificate can still be used.</summary>
internal static class ServingCertificateCheck
{
    public static readonly TimeSpan RenewBefore = TimeSpan.FromDays(30);

    /// <summary>Why the certificate must be replaced, or null when it is fine.</summary>
    public static string? ReasonToReplace(
        X509Certificate2 serving, X509Certificate2 ca, SubjectAlternativeNames names, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(serving);
        ArgumentNullException.ThrowIfNull(names);
        if (!ChainsTo(serving, ca, now))
        {
            return "it is not a currently valid certificate issued by the cluster CA";
        }

        if (serving.NotAfter.ToUniversalTime() - now.UtcDateTime < RenewBefore)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it expires at {serving.NotAfter.ToUniversalTime():O}");
        }

        var missing = names.MissingFrom(serving);
        return missing.Count > 0 ? $"it lacks the names {string.Join(", ", missing)}" : null;
    }

    private static bool ChainsTo(X509Certificate2 serving, X509Certificate2 ca, DateTimeOffset now)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        return chain.Build(serving);
    }
}
