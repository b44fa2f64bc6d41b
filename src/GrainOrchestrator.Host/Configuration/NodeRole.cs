namespace GrainOrchestrator.Host.Configuration;

/// <summary>What a <c>grainorchestrator</c> process runs.</summary>
public enum NodeRole
{
    /// <summary>Silo, API gateway and node agent (like k3s <c>server</c>).</summary>
    Server,

    /// <summary>Silo and node agent, joining an existing cluster.</summary>
    Agent,
}
