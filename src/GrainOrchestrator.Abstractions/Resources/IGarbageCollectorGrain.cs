using Orleans.Concurrency;

namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>
/// The garbage collector (key 0): deletes dependents whose owners are gone (background),
/// orphans dependents (orphan finalizer) and deletes them first (foregroundDeletion finalizer).
/// Notifications are one-way; a periodic sweep catches anything lost in a crash.
/// </summary>
public interface IGarbageCollectorGrain : IGrainWithIntegerKey
{
    /// <summary>An object is gone: its dependents may have to go, and owners waiting on it (foreground) may finish.</summary>
    [OneWay]
    Task ObjectRemoved(string json);

    /// <summary>An object got a deletionTimestamp (it may carry orphan/foregroundDeletion, or be a namespace).</summary>
    [OneWay]
    Task ObjectDeleting(string collectionKey, string @namespace, string name);

    /// <summary>Runs one full sweep now and waits for it (tests, and after start-up).</summary>
    Task Sweep();
}
