namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>The default until a node agent is registered: every pod stream is unavailable.</summary>
public sealed class UnavailablePodStreams : IPodStreams
{
    public Task<PodLogStream> OpenLogAsync(PodLogRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        throw new PodStreamUnavailableException(request.Pod);
    }

    public Task<IPodExecSession> StartExecAsync(PodExecRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        throw new PodStreamUnavailableException(request.Pod);
    }
}
