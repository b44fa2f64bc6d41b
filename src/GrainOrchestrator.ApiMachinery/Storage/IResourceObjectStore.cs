namespace GrainOrchestrator.ApiMachinery.Storage;

/// <summary>
/// Where collections keep their objects: one row per object, keyed by (resource, namespace, name).
/// Only collection grains call it. A write batch is atomic.
/// </summary>
public interface IResourceObjectStore
{
    Task<IReadOnlyList<StoredRow>> LoadAsync(string resource, CancellationToken cancellationToken);

    /// <summary>Reserves <paramref name="count"/> consecutive resourceVersions, larger than any reserved before, even across restarts.</summary>
    Task<long> ReserveVersionsAsync(int count, CancellationToken cancellationToken);

    Task WriteAsync(string resource, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken);
}
