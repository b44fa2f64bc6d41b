namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>The <c>PodExecOptions</c> of one exec request, with the container already resolved.</summary>
public sealed record PodExecRequest(
    string? Namespace,
    string Pod,
    string Container,
    IReadOnlyList<string> Command,
    bool Stdin,
    bool Stdout,
    bool Stderr,
    bool Tty);
