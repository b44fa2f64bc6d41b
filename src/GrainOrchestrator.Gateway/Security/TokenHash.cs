using System.Security.Cryptography;
using System.Text;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>SHA-256 of a token's UTF-8 bytes: the only form in which tokens are stored server-side.</summary>
internal static class TokenHash
{
    public const int Length = SHA256.HashSizeInBytes;

    public static byte[] Compute(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string ComputeHex(string token) => Convert.ToHexStringLower(Compute(token));
}
