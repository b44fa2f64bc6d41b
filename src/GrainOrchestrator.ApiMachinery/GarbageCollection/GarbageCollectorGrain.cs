using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Collections;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.ApiMachinery.Objects;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace GrainOrchestrator.ApiMachinery.GarbageCollection;

/// <summary>
/// Owner-reference garbage collection, as the Kubernetes garbage collector does it, driven by
/// notifications from object grains and a periodic sweep (level-triggered: the sweep alone
/// reaches the right end state).
/// </summary>
[Reentrant]
public sealed partial class GarbageCollectorGrain(IGrainFactory grains, ILogger<GarbageCollectorGrain> logger) : Grain, IGarbageCollectorGrain
{
    private static readonly TimeSpan SweepPeriod = TimeSpan.FromSeconds(10);
    private Task running = Task.CompletedTask;
    private bool sweepRequested;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(static g => g.Sweep(), this, new GrainTimerCreationOptions(SweepPeriod, SweepPeriod) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task ObjectRemoved(string json) => Enqueue(async () =>
    {
        var removed = JsonNode.Parse(json)!.AsObject();
        if (Meta.GetString(removed, "uid") is { } uid)
        {
            await CollectDependentsAsync(uid).ConfigureAwait(true);
        }

        // Owners deleting in the foreground may have been waiting for this one.
        foreach (var reference in Meta.OwnerReferences(removed))
        {
            if (KindRegistry.Default.TryGetByApiVersionKind(reference["apiVersion"]?.GetValue<string>() ?? string.Empty, reference["kind"]?.GetValue<string>() ?? string.Empty, out var kind))
            {
                var ns = kind!.Namespaced ? Meta.GetString(removed, "namespace") ?? string.Empty : string.Empty;
                await ProcessDeletingAsync(ResourceKeys.Collection(kind.Group, kind.Kind), ns, reference["name"]?.GetValue<string>() ?? string.Empty).ConfigureAwait(true);
            }
        }
    });

    public Task ObjectDeleting(string collectionKey, string @namespace, string name) =>
        Enqueue(() => ProcessDeletingAsync(collectionKey, @namespace, name));

    public async Task Sweep()
    {
        if (sweepRequested)
        {
            await running.ConfigureAwait(true);
            return;
        }

        sweepRequested = true;
        await Enqueue(async () =>
        {
            sweepRequested = false;
            await SweepOnceAsync().ConfigureAwait(true);
        }).ConfigureAwait(true);
    }

    /// <summary>Work runs one item at a time, in order, without blocking the callers.</summary>
    private Task Enqueue(Func<Task> work)
    {
        running = RunAfter(running, work);
        return running;

        async Task RunAfter(Task previous, Func<Task> next)
        {
            try
            {
                await previous.ConfigureAwait(true);
            }
            catch (Exception)
            {
                // logged where it happened
            }

            try
            {
                await next().ConfigureAwait(true);
            }
            catch (Exception e)
            {
                LogWorkFailed(logger, e);
            }
        }
    }

    private async Task SweepOnceAsync()
    {
        var summaries = new Dictionary<string, CollectionSummary>();
        foreach (var kind in KindRegistry.Default.All)
        {
            var key = ResourceKeys.Collection(kind.Group, kind.Kind);
            summaries[key] = await grains.GetGrain<IResourceCollectionGrain>(key).Summarize().ConfigureAwait(true);
        }

        var liveUids = summaries.Values.SelectMany(s => s.Uids).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, summary) in summaries)
        {
            foreach (var deleting in summary.Deleting)
            {
                await ProcessDeletingAsync(key, deleting.Namespace, deleting.Name).ConfigureAwait(true);
            }

            foreach (var json in summary.Owned)
            {
                var dependent = JsonNode.Parse(json)!.AsObject();
                var refs = Meta.OwnerReferences(dependent);
                if (refs.Count > 0
                    && refs.All(r => r["uid"]?.GetValue<string>() is not { } uid || !liveUids.Contains(uid))
                    && !await AnyOwnerExistsAsync(refs, Meta.GetString(dependent, "namespace") ?? string.Empty).ConfigureAwait(true))
                {
                    await DeleteAsync(key, dependent, "Background").ConfigureAwait(true);
                }
            }
        }
    }

    private async Task CollectDependentsAsync(string ownerUid)
    {
        foreach (var (key, dependent) in await DependentsAsync(ownerUid).ConfigureAwait(true))
        {
            var remaining = Meta.OwnerReferences(dependent).Where(r => r["uid"]?.GetValue<string>() != ownerUid).ToList();
            var anyOwnerLeft = false;
            foreach (var reference in remaining)
            {
                anyOwnerLeft |= await OwnerExistsAsync(reference, Meta.GetString(dependent, "namespace") ?? string.Empty).ConfigureAwait(true);
            }

            if (anyOwnerLeft)
            {
                await RemoveOwnerReferenceAsync(key, dependent, ownerUid).ConfigureAwait(true);
            }
            else
            {
                await DeleteAsync(key, dependent, "Background").ConfigureAwait(true);
            }
        }
    }

    private async Task ProcessDeletingAsync(string collectionKey, string @namespace, string name)
    {
        var (group, kindName) = ResourceKeys.ParseCollection(collectionKey);
        var owner = grains.GetGrain<IResourceGrain>(ResourceKeys.Object(group, kindName, @namespace, name));
        var result = await owner.Get().ConfigureAwait(true);
        if (!result.Ok)
        {
            return;
        }

        var obj = JsonNode.Parse(result.Json!)!.AsObject();
        if (Meta.GetString(obj, "deletionTimestamp") is null || Meta.GetString(obj, "uid") is not { } uid)
        {
            return;
        }

        if (kindName == "Namespace" && group.Length == 0)
        {
            await grains.GetGrain<INamespaceControllerGrain>(name).Start().ConfigureAwait(true);
        }

        var finalizers = Meta.Finalizers(obj);
        if (finalizers.Contains(DeletionPlanner.OrphanFinalizer))
        {
            foreach (var (key, dependent) in await DependentsAsync(uid).ConfigureAwait(true))
            {
                await RemoveOwnerReferenceAsync(key, dependent, uid).ConfigureAwait(true);
            }

            await RemoveFinalizerAsync(owner, DeletionPlanner.OrphanFinalizer).ConfigureAwait(true);
        }
        else if (finalizers.Contains(DeletionPlanner.ForegroundFinalizer))
        {
            var blocking = 0;
            foreach (var (key, dependent) in await DependentsAsync(uid).ConfigureAwait(true))
            {
                if (Meta.GetString(dependent, "deletionTimestamp") is null)
                {
                    await DeleteAsync(key, dependent, "Foreground").ConfigureAwait(true);
                }

                var reference = Meta.OwnerReferences(dependent).First(r => r["uid"]?.GetValue<string>() == uid);
                if (reference["blockOwnerDeletion"]?.GetValue<bool>() == true)
                {
                    blocking++;
                }
            }

            if (blocking == 0)
            {
                await RemoveFinalizerAsync(owner, DeletionPlanner.ForegroundFinalizer).ConfigureAwait(true);
            }
        }
    }

    private async Task<List<(string Key, JsonObject Object)>> DependentsAsync(string ownerUid)
    {
        var found = new List<(string, JsonObject)>();
        foreach (var kind in KindRegistry.Default.All)
        {
            var key = ResourceKeys.Collection(kind.Group, kind.Kind);
            foreach (var json in await grains.GetGrain<IResourceCollectionGrain>(key).Dependents(ownerUid).ConfigureAwait(true))
            {
                found.Add((key, JsonNode.Parse(json)!.AsObject()));
            }
        }

        return found;
    }

    /// <summary>
    /// Summaries are taken one collection after another, so an owner created after its own
    /// collection was summarized looks absent: confirm with a live read before deleting.
    /// </summary>
    private async Task<bool> AnyOwnerExistsAsync(IReadOnlyList<JsonObject> references, string dependentNamespace)
    {
        foreach (var reference in references)
        {
            if (await OwnerExistsAsync(reference, dependentNamespace).ConfigureAwait(true))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> OwnerExistsAsync(JsonObject reference, string dependentNamespace)
    {
        var apiVersion = reference["apiVersion"]?.GetValue<string>() ?? string.Empty;
        var kindName = reference["kind"]?.GetValue<string>() ?? string.Empty;
        var ownerName = reference["name"]?.GetValue<string>() ?? string.Empty;
        if (!KindRegistry.Default.TryGetByApiVersionKind(apiVersion, kindName, out var kind))
        {
            return false;
        }

        var ns = kind!.Namespaced ? dependentNamespace : string.Empty;
        var result = await grains.GetGrain<IResourceGrain>(ResourceKeys.Object(kind.Group, kind.Kind, ns, ownerName)).Get().ConfigureAwait(true);
        return result.Ok && Meta.GetString(JsonNode.Parse(result.Json!)!.AsObject(), "uid") == reference["uid"]?.GetValue<string>();
    }

    private Task DeleteAsync(string collectionKey, JsonObject dependent, string policy)
    {
        var (group, kindName) = ResourceKeys.ParseCollection(collectionKey);
        var grain = grains.GetGrain<IResourceGrain>(ResourceKeys.Object(group, kindName, Meta.GetString(dependent, "namespace") ?? string.Empty, Meta.GetString(dependent, "name")!));
        LogDeletingDependent(logger, collectionKey, Meta.GetString(dependent, "name")!, policy);
        return grain.Delete(new DeleteOptions { PropagationPolicy = policy, PreconditionUid = Meta.GetString(dependent, "uid") });
    }

    private async Task RemoveOwnerReferenceAsync(string collectionKey, JsonObject dependent, string ownerUid)
    {
        var (group, kindName) = ResourceKeys.ParseCollection(collectionKey);
        var grain = grains.GetGrain<IResourceGrain>(ResourceKeys.Object(group, kindName, Meta.GetString(dependent, "namespace") ?? string.Empty, Meta.GetString(dependent, "name")!));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var latest = await grain.Get().ConfigureAwait(true);
            if (!latest.Ok)
            {
                return;
            }

            var obj = JsonNode.Parse(latest.Json!)!.AsObject();
            var remaining = new JsonArray([.. Meta.OwnerReferences(obj).Where(r => r["uid"]?.GetValue<string>() != ownerUid).Select(r => r.DeepClone())]);
            var patch = new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["resourceVersion"] = Meta.GetString(obj, "resourceVersion"),
                    ["ownerReferences"] = remaining.Count == 0 ? null : remaining,
                },
            };
            var result = await grain.Patch(PatchType.Merge, patch.ToJsonString(), WriteOptions.Default).ConfigureAwait(true);
            if (result.Error?.Reason != "Conflict")
            {
                return;
            }
        }
    }

    private static async Task RemoveFinalizerAsync(IResourceGrain owner, string finalizer)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var latest = await owner.Get().ConfigureAwait(true);
            if (!latest.Ok)
            {
                return;
            }

            var obj = JsonNode.Parse(latest.Json!)!.AsObject();
            var finalizers = Meta.Finalizers(obj);
            if (!finalizers.Remove(finalizer))
            {
                return;
            }

            var patch = new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["resourceVersion"] = Meta.GetString(obj, "resourceVersion"),
                    ["finalizers"] = finalizers.Count == 0 ? null : new JsonArray([.. finalizers.Select(f => (JsonNode)JsonValue.Create(f)!)]),
                },
            };
            var result = await owner.Patch(PatchType.Merge, patch.ToJsonString(), WriteOptions.Default).ConfigureAwait(true);
            if (result.Error?.Reason != "Conflict")
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "garbage collector deletes {Resource} {Name} ({Policy})")]
    private static partial void LogDeletingDependent(ILogger logger, string resource, string name, string policy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "garbage collector work failed; the next sweep retries")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);
}
