namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>
/// All objects of one kind (key <see cref="ResourceKeys.Collection"/>), like the apiserver's
/// watch cache: it persists commits in batches (one row per object write), assigns
/// resourceVersions, serves list and watch without touching object grains, and rebuilds
/// itself from PostgreSQL on activation.
/// </summary>
public interface IResourceCollectionGrain : IGrainWithStringKey
{
    /// <summary>The object's JSON with its resourceVersion, or null.</summary>
    Task<string?> Get(string @namespace, string name);

    Task<CommitResult> Commit(CommitRequest request);

    Task<ListResult> List(ListRequest request);

    /// <summary>Long poll for changes after a version; answers early as soon as there are any.</summary>
    Task<WatchBatch> Poll(WatchPoll poll);

    /// <summary>Names of the objects in a namespace (null = all).</summary>
    Task<IReadOnlyList<ObjectName>> Names(string? @namespace);

    /// <summary>JSON of the objects that list <paramref name="ownerUid"/> in their ownerReferences.</summary>
    Task<IReadOnlyList<string>> Dependents(string ownerUid);

    /// <summary>For the garbage collector's sweep: every uid, and the objects that have owners or are being deleted.</summary>
    Task<CollectionSummary> Summarize();
}
