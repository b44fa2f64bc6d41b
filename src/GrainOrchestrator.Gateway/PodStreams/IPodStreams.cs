namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>
/// Where <c>pods/log</c> and <c>pods/exec</c> get their bytes: the node agent that runs the pod's
/// containers. The gateway only validates the request and frames the wire protocol.
/// </summary>
public interface IPodStreams
{
    /// <summary>Opens the container's log; throws <see cref="PodStreamUnavailableException"/> when nothing serves the pod.</summary>
    Task<PodLogStream> OpenLogAsync(PodLogRequest request, CancellationToken ct);

    /// <summary>Starts the command in the container; throws <see cref="PodStreamUnavailableException"/> when nothing serves the pod.</summary>
    Task<IPodExecSession> StartExecAsync(PodExecRequest request, CancellationToken ct);
}
