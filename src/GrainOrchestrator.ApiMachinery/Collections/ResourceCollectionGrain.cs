using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.ApiMachinery.Storage;
using GrainOrchestrator.ApiMachinery.Diagnostics;
using GrainOrchestrator.ApiMachinery.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>
/// The cache and the writer of one kind's objects. Commits from object grains are grouped into
/// batches (one row write per object, one statement per batch); the in-memory state changes
/// only after the batch is durable, so memory always equals what PostgreSQL holds and a fresh
/// activation rebuilds it exactly by loading the rows.
/// </summary>
[Reentrant]
public sealed partial class ResourceCollectionGrain(
    IResourceObjectStore store,
    IOptions<ApiMachineryOptions> options,
    ILogger<ResourceCollectionGrain> logger) : Grain, IResourceCollectionGrain
{
    /// <summary>Events kept for watch resumption; older versions get 410 Expired.</summary>
    private readonly int historyCapacity = Math.Max(1, options.Value.WatchHistoryCapacity);

    /// <summary>resourceVersions reserved from PostgreSQL at a time.</summary>
    internal const int VersionBlock = 1_000;

    private readonly SortedDictionary<string, CachedObject> objects = new(StringComparer.Ordinal);
    private readonly LinkedList<CollectionEvent> history = new();
    private readonly HashSet<string> inFlight = new(StringComparer.Ordinal);

    /// <summary>Owner uid → keys of objects naming it in ownerReferences (the garbage collector's lookup).</summary>
    private readonly Dictionary<string, HashSet<string>> dependents = new(StringComparer.Ordinal);
    private List<PendingCommit> pending = [];
    private bool flushing;
    private long nextVersion;
    private long blockEnd;
    private long currentVersion;
    private long compactedVersion;
    private TaskCompletionSource changed = NewSignal();
    private string resource = string.Empty;
    private KindContext kind = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        resource = this.GetPrimaryKeyString();
        kind = KindContext.ForCollection(resource);
        var rows = await store.LoadAsync(resource, cancellationToken).ConfigureAwait(true);
        foreach (var row in rows)
        {
            var loaded = CachedObject.Create(row.Namespace, row.Name, row.ResourceVersion, row.Json, kind);
            objects[loaded.Key] = loaded;
            IndexOwners(loaded, add: true);
        }

        await ReserveBlockAsync(cancellationToken).ConfigureAwait(true);

        // Everything issued before this activation is older than the new block: a watch that
        // resumes from before it cannot be served from history and must relist.
        currentVersion = nextVersion - 1;
        compactedVersion = currentVersion;
        ApiMachineryMetrics.ObjectsChanged(resource, objects.Count);
        LogActivated(logger, resource, objects.Count, currentVersion);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        ApiMachineryMetrics.ObjectsChanged(resource, -objects.Count);
        return Task.CompletedTask;
    }

    public Task<string?> Get(string @namespace, string name) =>
        Task.FromResult(objects.TryGetValue(CachedObject.SortKey(@namespace, name), out var o) ? o.Json : null);

    public Task<IReadOnlyList<ObjectName>> Names(string? @namespace) =>
        Task.FromResult<IReadOnlyList<ObjectName>>(objects.Values
            .Where(o => @namespace is null || o.Namespace == @namespace)
            .Select(o => new ObjectName(o.Namespace, o.Name))
            .ToList());

    public Task<IReadOnlyList<string>> Dependents(string ownerUid) =>
        Task.FromResult<IReadOnlyList<string>>(dependents.TryGetValue(ownerUid, out var keys)
            ? keys.Select(k => objects[k].Json).ToList()
            : []);

    public Task<CollectionSummary> Summarize() =>
        Task.FromResult(new CollectionSummary
        {
            Uids = objects.Values.Select(o => o.Uid).OfType<string>().ToList(),
            Owned = objects.Values.Where(o => o.OwnerUids.Count > 0).Select(o => o.Json).ToList(),
            Deleting = objects.Values.Where(o => o.Deleting).Select(o => new ObjectName(o.Namespace, o.Name)).ToList(),
        });

    public async Task<CommitResult> Commit(CommitRequest request)
    {
        var key = CachedObject.SortKey(request.Namespace, request.Name);
        var actual = objects.TryGetValue(key, out var existing) ? existing.ResourceVersion : 0;
        if (actual != request.ExpectedResourceVersion || !inFlight.Add(key))
        {
            return new CommitResult { Conflict = true, ResourceVersion = actual, Json = existing?.Json };
        }

        try
        {
            var commit = new PendingCommit(request);
            pending.Add(commit);
            if (!flushing)
            {
                flushing = true;
                _ = FlushAsync();
            }

            return await commit.Completion.Task.ConfigureAwait(true);
        }
        finally
        {
            inFlight.Remove(key);
        }
    }

    public Task<ListResult> List(ListRequest request)
    {
        if (!ObjectFilter.TryCreate(kind, request.Namespace, request.LabelSelector, request.FieldSelector, out var filter, out var error))
        {
            return Task.FromResult(new ListResult { ResourceVersion = Format(currentVersion), Error = error });
        }

        ApiMachineryMetrics.ListServed(resource);
        IEnumerable<CachedObject> source = objects.Values;
        var listVersion = currentVersion;
        if (!string.IsNullOrEmpty(request.Continue))
        {
            if (!ContinueToken.TryDecode(request.Continue, out var token))
            {
                return Task.FromResult(new ListResult { ResourceVersion = Format(currentVersion), Error = ApiErrors.BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)") });
            }

            // Weaker than etcd's snapshot: later pages show the objects as they are now.
            source = objects.Where(p => string.CompareOrdinal(p.Key, token!.StartAfter) > 0).Select(p => p.Value);
            listVersion = token!.ResourceVersion;
        }

        if (filter.Namespace is not null)
        {
            source = source.Where(o => o.Namespace == filter.Namespace);
        }

        var items = new List<string>();
        string? lastKey = null;
        long remaining = 0;
        var limited = request.Limit > 0;
        foreach (var o in source)
        {
            if (!filter.Matches(o))
            {
                continue;
            }

            if (limited && items.Count >= request.Limit)
            {
                remaining++;
                continue;
            }

            items.Add(o.Json);
            lastKey = CachedObject.SortKey(o.Namespace, o.Name);
        }

        return Task.FromResult(new ListResult
        {
            Items = items,
            ResourceVersion = Format(listVersion),
            Continue = limited && remaining > 0 ? new ContinueToken(lastKey!, listVersion).Encode() : null,
            RemainingItemCount = limited && remaining > 0 ? remaining : null,
        });
    }

    public async Task<WatchBatch> Poll(WatchPoll poll)
    {
        if (!ObjectFilter.TryCreate(kind, poll.Namespace, poll.LabelSelector, poll.FieldSelector, out var filter, out var error))
        {
            return new WatchBatch { ResourceVersion = currentVersion, Error = error };
        }

        var deadline = DateTime.UtcNow + poll.MaxWait;
        while (true)
        {
            if (poll.AfterResourceVersion < compactedVersion)
            {
                return new WatchBatch
                {
                    ResourceVersion = currentVersion,
                    Error = ApiErrors.Expired($"too old resource version: {poll.AfterResourceVersion} ({compactedVersion})"),
                };
            }

            var events = Collect(poll, filter);
            if (events.Count > 0)
            {
                ApiMachineryMetrics.WatchEventsDelivered(resource, events.Count);
                return new WatchBatch { Events = events, ResourceVersion = events[^1].ResourceVersion };
            }

            var wait = deadline - DateTime.UtcNow;
            if (wait <= TimeSpan.Zero)
            {
                return new WatchBatch { ResourceVersion = Math.Max(poll.AfterResourceVersion, currentVersion) };
            }

            var signal = changed.Task;
            await Task.WhenAny(signal, Task.Delay(wait)).ConfigureAwait(true);
        }
    }

    private List<WatchEvent> Collect(WatchPoll poll, ObjectFilter filter)
    {
        var result = new List<WatchEvent>();
        for (var node = history.Last; node is not null && node.Value.ResourceVersion > poll.AfterResourceVersion; node = node.Previous)
        {
            if (node.Previous is null || node.Previous.Value.ResourceVersion <= poll.AfterResourceVersion)
            {
                for (var n = node; n is not null && result.Count < poll.MaxEvents; n = n.Next)
                {
                    if (Translate(n.Value, filter) is { } e)
                    {
                        result.Add(e);
                    }
                }

                break;
            }
        }

        return result;
    }

    /// <summary>As the watch cache does: an object entering the filter is ADDED, leaving it is DELETED.</summary>
    private static WatchEvent? Translate(CollectionEvent change, ObjectFilter filter)
    {
        var before = change.Previous is not null && filter.Matches(change.Previous);
        var after = change.Current is not null && filter.Matches(change.Current);
        WatchEventType? type = (before, after) switch
        {
            (false, true) => WatchEventType.Added,
            (true, true) => WatchEventType.Modified,
            (true, false) => WatchEventType.Deleted,
            _ => null,
        };
        return type is null ? null : new WatchEvent { Type = type.Value, Json = change.Latest.Json, ResourceVersion = change.ResourceVersion };
    }

    private async Task FlushAsync()
    {
        try
        {
            while (pending.Count > 0)
            {
                var batch = pending;
                pending = [];
                await WriteBatchAsync(batch).ConfigureAwait(true);
            }
        }
        finally
        {
            flushing = false;
        }
    }

    private async Task WriteBatchAsync(List<PendingCommit> batch)
    {
        try
        {
            var writes = new List<RowWrite>(batch.Count);
            foreach (var commit in batch)
            {
                if (nextVersion > blockEnd)
                {
                    await ReserveBlockAsync(CancellationToken.None).ConfigureAwait(true);
                }

                commit.ResourceVersion = nextVersion++;
                commit.StampedJson = commit.Request.Json is null ? null : Stamp(commit.Request.Json, commit.ResourceVersion);
                writes.Add(new RowWrite(commit.Request.Namespace, commit.Request.Name, commit.ResourceVersion, commit.StampedJson));
            }

            var started = ApiMachineryMetrics.StartTimestamp();
            await store.WriteAsync(resource, writes, CancellationToken.None).ConfigureAwait(true);
            var removals = writes.Count(w => w.Json is null);
            ApiMachineryMetrics.BatchWritten(resource, writes.Count - removals, removals, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e)
        {
            LogWriteFailed(logger, e, resource, batch.Count);
            foreach (var commit in batch)
            {
                commit.Completion.TrySetException(new StorageUnavailableException($"storage write failed: {e.Message}", e));
            }

            return;
        }

        var countBefore = objects.Count;
        foreach (var commit in batch)
        {
            commit.Completion.TrySetResult(Apply(commit));
        }

        ApiMachineryMetrics.ObjectsChanged(resource, objects.Count - countBefore);

        var signal = changed;
        changed = NewSignal();
        signal.TrySetResult();
    }

    private CommitResult Apply(PendingCommit commit)
    {
        var key = CachedObject.SortKey(commit.Request.Namespace, commit.Request.Name);
        objects.TryGetValue(key, out var previous);
        CachedObject? current = null;
        if (commit.StampedJson is null)
        {
            objects.Remove(key);
        }
        else
        {
            current = CachedObject.Create(commit.Request.Namespace, commit.Request.Name, commit.ResourceVersion, commit.StampedJson, kind);
            objects[key] = current;
        }

        if (previous is not null)
        {
            IndexOwners(previous, add: false);
        }

        if (current is not null)
        {
            IndexOwners(current, add: true);
        }

        // Only a removal needs the last state re-stamped with the deletion's version.
        var deleted = current is null && previous is not null ? previous.AsDeletedAt(commit.ResourceVersion, kind) : null;
        history.AddLast(new CollectionEvent(commit.ResourceVersion, current is null ? deleted : previous, current));
        while (history.Count > historyCapacity)
        {
            compactedVersion = history.First!.Value.ResourceVersion;
            history.RemoveFirst();
        }

        currentVersion = commit.ResourceVersion;
        return new CommitResult { ResourceVersion = commit.ResourceVersion, Json = current?.Json ?? deleted?.Json };
    }

    private void IndexOwners(CachedObject obj, bool add)
    {
        foreach (var owner in obj.OwnerUids)
        {
            if (add)
            {
                if (!dependents.TryGetValue(owner, out var keys))
                {
                    dependents[owner] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(obj.Key);
            }
            else if (dependents.TryGetValue(owner, out var keys) && keys.Remove(obj.Key) && keys.Count == 0)
            {
                dependents.Remove(owner);
            }
        }
    }

    private async Task ReserveBlockAsync(CancellationToken cancellationToken)
    {
        nextVersion = await store.ReserveVersionsAsync(VersionBlock, cancellationToken).ConfigureAwait(true);
        blockEnd = nextVersion + VersionBlock - 1;
    }

    internal static string Stamp(string json, long resourceVersion)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var metadata = node["metadata"] as JsonObject;
        if (metadata is null)
        {
            metadata = [];
            node["metadata"] = metadata;
        }

        metadata["resourceVersion"] = Format(resourceVersion);
        return node.ToJsonString();
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "collection {Resource} activated with {Count} objects at version {Version}")]
    private static partial void LogActivated(ILogger logger, string resource, int count, long version);

    [LoggerMessage(Level = LogLevel.Error, Message = "collection {Resource}: writing a batch of {Count} failed")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string resource, int count);
}
