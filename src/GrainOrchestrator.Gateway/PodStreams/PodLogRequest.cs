namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>The <c>PodLogOptions</c> of one log request, with the container already resolved.</summary>
public sealed record PodLogRequest(
    string? Namespace,
    string Pod,
    string Container,
    bool Follow = false,
    long? TailLines = null,
    bool Timestamps = false,
    bool Previous = false,
    long? SinceSeconds = null,
    long? LimitBytes = null);
