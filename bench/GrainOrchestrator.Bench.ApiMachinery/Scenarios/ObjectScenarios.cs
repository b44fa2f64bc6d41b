using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.Bench.Shared.Measurement;
using GrainOrchestrator.Bench.Shared.Objects;

namespace GrainOrchestrator.Bench.ApiMachinery.Scenarios;

/// <summary>Create, get and list of ConfigMaps through <c>ResourceApi</c>, under closed-loop load.</summary>
public sealed class ObjectScenarios(BenchContext context)
{
    private static readonly WriteOptions DryRun = new() { DryRun = true };

    /// <summary>Creates objects <c>first .. first+ops-1</c> named after <paramref name="prefix"/>.</summary>
    public Task<LatencyStats> CreateAsync(string ns, string prefix, int first, int callers, int ops, TimeSpan cap, bool dryRun = false) =>
        ConcurrentLoad.RunAsync(callers, ops, cap, async i =>
        {
            var json = Manifests.ConfigMap(Manifests.ObjectName(prefix, first + i));
            var result = await context.Api.CreateAsync(context.ConfigMap, ns, json, dryRun ? DryRun : null).ConfigureAwait(false);
            return result.Ok;
        });

    /// <summary>Gets of existing objects <c>0 .. existing-1</c>, round robin.</summary>
    public Task<LatencyStats> GetAsync(string ns, string prefix, int existing, int callers, int ops, TimeSpan cap) =>
        ConcurrentLoad.RunAsync(callers, ops, cap, async i =>
        {
            var result = await context.Api.GetAsync(context.ConfigMap, ns, Manifests.ObjectName(prefix, i % existing)).ConfigureAwait(false);
            return result.Ok;
        });

    /// <summary>Full lists of the namespace; an answer with another length than expected counts as failed.</summary>
    public Task<LatencyStats> ListAsync(string ns, int expected, int callers, int ops, TimeSpan cap) =>
        ConcurrentLoad.RunAsync(callers, ops, cap, async _ =>
        {
            var result = await context.Api.ListAsync(context.ConfigMap, new ListRequest { Namespace = ns }).ConfigureAwait(false);
            return result.Error is null && result.Items.Count == expected;
        });

    public Task<LatencyStats> UpdateAsync(string ns, string prefix, int callers, int ops, TimeSpan cap) =>
        ConcurrentLoad.RunAsync(callers, ops, cap, async i =>
        {
            var result = await context.Api.PatchAsync(context.ConfigMap, ns, Manifests.ObjectName(prefix, i), PatchType.Merge, Manifests.DataPatch(i)).ConfigureAwait(false);
            return result.Ok;
        });

    public Task<LatencyStats> DeleteAsync(string ns, string prefix, int callers, int ops, TimeSpan cap) =>
        ConcurrentLoad.RunAsync(callers, ops, cap, async i =>
        {
            var result = await context.Api.DeleteAsync(context.ConfigMap, ns, Manifests.ObjectName(prefix, i)).ConfigureAwait(false);
            return result.Ok;
        });

    /// <summary>Objects of the kind in all namespaces, as the collection holds them.</summary>
    public async Task<int> CollectionSizeAsync()
    {
        var result = await context.Api.ListAsync(context.ConfigMap, new ListRequest()).ConfigureAwait(false);
        return result.Items.Count;
    }
}
