using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>A certificate and its private key as two PEM files (the key unencrypted PKCS#8, mode 0600).</summary>
internal static class PemCertificateFiles
{
    /// <summary>Writes the key first, so an existing certificate file always has its key beside it.</summary>
    public static void Write(X509Certificate2 certificate, string certificatePath, string keyPath)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        SecureFile.WriteAtomically(keyPath, ExportPrivateKeyPem(certificate), SecureFile.OwnerOnly);
        SecureFile.WriteAtomically(certificatePath, certificate.ExportCertificatePem() + "\n", SecureFile.WorldReadable);
    }

    /// <summary>Loads both files; throws <see cref="CryptographicException"/> when they are unreadable or do not match.</summary>
    public static X509Certificate2 Load(string certificatePath, string keyPath)
    {
        SecureFile.RestrictToOwner(keyPath);
        try
        {
            return X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        }
        catch (ArgumentException e)
        {
            // A key that does not belong to the certificate surfaces as an argument error.
            throw new CryptographicException($"{keyPath} is not the key of {certificatePath}: {e.Message}", e);
        }
    }

    private static string ExportPrivateKeyPem(X509Certificate2 certificate)
    {
        using var ecdsa = certificate.GetECDsaPrivateKey();
        if (ecdsa is not null)
        {
            return ecdsa.ExportPkcs8PrivateKeyPem() + "\n";
        }

        using var rsa = certificate.GetRSAPrivateKey()
            ?? throw new CryptographicException("The certificate has no exportable ECDSA or RSA private key.");
        return rsa.ExportPkcs8PrivateKeyPem() + "\n";
    }
}
