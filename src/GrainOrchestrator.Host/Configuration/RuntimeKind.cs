namespace GrainOrchestrator.Host.Configuration;

/// <summary>The container runtime a node agent drives.</summary>
public enum RuntimeKind
{
    Docker,
    Process,
    Simulated,
}
