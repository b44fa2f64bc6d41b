namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>No node agent serves the pod's containers, so its log or exec cannot be reached (answered 400).</summary>
public sealed class PodStreamUnavailableException : Exception
{
    public PodStreamUnavailableException()
        : this(string.Empty)
    {
    }

    public PodStreamUnavailableException(string pod)
        : base($"pods \"{pod}\": no node agent serves this pod's containers")
    {
        Pod = pod;
    }

    public PodStreamUnavailableException(string pod, Exception innerException)
        : base($"pods \"{pod}\": no node agent serves this pod's containers", innerException)
    {
        Pod = pod;
    }

    public string Pod { get; } = string.Empty;
}
