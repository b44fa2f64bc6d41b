namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>
/// Assigns a new Service its clusterIP (from the service CIDR) and node ports (30000–32767),
/// avoiding what existing Services hold. Key 0; one allocator serialises all allocations.
/// </summary>
public interface IServiceAllocatorGrain : IGrainWithIntegerKey
{
    /// <summary>The Service with allocations filled in, or an error (requested IP/port taken or out of range).</summary>
    Task<ServiceAllocation> Allocate(string serviceJson);
}
