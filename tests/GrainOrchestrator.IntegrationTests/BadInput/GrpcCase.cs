using Grpc.Core;
using V1 = GrainOrchestrator.Grpc.V1;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// One malformed or hostile gRPC call (made with the generated client of the client library)
/// and the status codes it may end with; never OK, UNKNOWN or INTERNAL.
/// </summary>
public sealed record GrpcCase(string Name, Func<V1.Resources.ResourcesClient, CallOptions, Task> Call)
{
    public IReadOnlyList<StatusCode> Codes { get; init; } = [StatusCode.InvalidArgument];

    public string Fragment { get; init; } = string.Empty;

    /// <summary>Authorization metadata values; null means the admin token, empty means none ({token}/{half} are substituted).</summary>
    public IReadOnlyList<string>? Authorization { get; init; }

    public string? KnownFailure { get; init; }

    public override string ToString() => Name;
}
