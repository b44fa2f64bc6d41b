using System.Collections.Concurrent;

namespace GrainOrchestrator.ApiMachinery.Storage;

/// <summary>
/// A process-wide store for in-process test clusters and simulations where PostgreSQL cannot
/// exist; it survives silo restarts within the process, as PostgreSQL would.
/// </summary>
public sealed class InMemoryResourceObjectStore : IResourceObjectStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(string, string), StoredRow>> resources = new();
    private long nextVersion;

    public Task<IReadOnlyList<StoredRow>> LoadAsync(string resource, CancellationToken cancellationToken)
    {
        var rows = resources.TryGetValue(resource, out var table) ? table.Values.ToList() : [];
        return Task.FromResult<IReadOnlyList<StoredRow>>(rows);
    }

    public Task<long> ReserveVersionsAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult(Interlocked.Add(ref nextVersion, count) - count + 1);

    public Task WriteAsync(string resource, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken)
    {
        var table = resources.GetOrAdd(resource, _ => new());
        lock (table)
        {
            foreach (var write in writes)
            {
                if (write.Json is null)
                {
                    table.TryRemove((write.Namespace, write.Name), out _);
                }
                else
                {
                    table[(write.Namespace, write.Name)] = new StoredRow(write.Namespace, write.Name, write.ResourceVersion, write.Json);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Row count, for tests.</summary>
    public int Count(string resource) => resources.TryGetValue(resource, out var table) ? table.Count : 0;
}
