using System.Text;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>The <c>metav1.Status</c> body the apiserver returns for a failed authentication.</summary>
internal static class UnauthorizedStatus
{
    public const string Json =
        """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""";

    public static ReadOnlyMemory<byte> Utf8 { get; } = Encoding.UTF8.GetBytes(Json);
}
