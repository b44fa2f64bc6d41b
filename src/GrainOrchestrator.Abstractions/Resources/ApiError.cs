namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>A Kubernetes-style failure (rendered as <c>metav1.Status</c> by the gateway).</summary>
[GenerateSerializer, Immutable]
public sealed class ApiError
{
    [Id(0)] public required int Code { get; init; }

    /// <summary>Upstream StatusReason: NotFound, AlreadyExists, Conflict, Invalid, Forbidden, BadRequest, Gone, Expired, …</summary>
    [Id(1)] public required string Reason { get; init; }

    [Id(2)] public required string Message { get; init; }

    [Id(3)] public string? Group { get; init; }

    [Id(4)] public string? Kind { get; init; }

    [Id(5)] public string? Name { get; init; }

    [Id(6)] public IReadOnlyList<ApiErrorCause> Causes { get; init; } = [];

    public override string ToString() => $"{Code} {Reason}: {Message}";
}
