using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>Creates the cluster CA and serving certificates (ECDSA P-256).</summary>
internal static class CertificateFactory
{
    public static readonly TimeSpan CaLifetime = TimeSpan.FromDays(3650);
    public static readonly TimeSpan ServingLifetime = TimeSpan.FromDays(365);

    /// <summary>Back-dating tolerates clocks of other machines that run slightly behind.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromHours(1);

    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

    public static X509Certificate2 CreateCertificateAuthority(string commonName, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={commonName}"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(
            certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, critical: true));
        var subjectKeyIdentifier = new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false);
        request.CertificateExtensions.Add(subjectKeyIdentifier);
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(subjectKeyIdentifier));

        using var certificate = request.Create(
            request.SubjectName, X509SignatureGenerator.CreateForECDsa(key), now - ClockSkew, now + CaLifetime, NewSerialNumber());
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>A serving certificate signed by <paramref name="ca"/>, never outliving it.</summary>
    public static X509Certificate2 CreateServingCertificate(
        X509Certificate2 ca, string commonName, SubjectAlternativeNames names, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ca);
        ArgumentNullException.ThrowIfNull(names);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={commonName}"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(
            certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationOid)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(
            ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        request.CertificateExtensions.Add(names.ToExtension());

        var notBefore = Max(now - ClockSkew, new DateTimeOffset(ca.NotBefore.ToUniversalTime()));
        var notAfter = Min(now + ServingLifetime, new DateTimeOffset(ca.NotAfter.ToUniversalTime()));
        using var certificate = request.Create(ca, notBefore, notAfter, NewSerialNumber());
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>16 random bytes, positive and non-zero (strict clients reject other serials).</summary>
    private static byte[] NewSerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x40);
        return serial;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
