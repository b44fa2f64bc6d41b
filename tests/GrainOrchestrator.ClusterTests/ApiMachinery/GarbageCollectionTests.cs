using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>ownerReferences garbage collection of a 3-level chain A ← B ← C under each propagation policy.</summary>
public sealed class GarbageCollectionTests(ApiClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);
    private readonly ResourceApi api = fixture.Api;

    [Fact]
    public async Task Background_deletes_the_whole_chain()
    {
        var ns = await api.NewNamespaceAsync("gc-bg");
        await CreateChainAsync(ns, block: false);

        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { PropagationPolicy = "Background" })).ShouldSucceed("delete a");
        (await api.ExistsAsync(TestKinds.ConfigMap, ns, "a")).ShouldBeFalse("the owner goes at once in the background");
        await Eventually.HoldsAsync(async () => await CountAsync(ns) == 0, Timeout, "b and c collected after a");
    }

    [Fact]
    public async Task Default_policy_is_background()
    {
        var ns = await api.NewNamespaceAsync("gc-default");
        await CreateChainAsync(ns, block: false);

        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a")).ShouldSucceed("delete a");
        await Eventually.HoldsAsync(async () => await CountAsync(ns) == 0, Timeout, "b and c collected after a");
    }

    [Fact]
    public async Task Foreground_keeps_the_owner_until_its_blocking_dependents_are_gone()
    {
        var ns = await api.NewNamespaceAsync("gc-fg");
        var (_, _, c) = await CreateChainAsync(ns, block: true);

        // A finalizer on c holds the chain so the intermediate state can be observed.
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "c", PatchType.Merge, $$$"""{"metadata":{"resourceVersion":"{{{c.Rv()}}}","finalizers":["test.example.com/hold"]}}""")).ShouldSucceed("hold c");

        var deleting = (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { PropagationPolicy = "Foreground" })).ShouldSucceed("foreground delete a");
        deleting.DeletionTimestamp().ShouldNotBeNull();
        deleting.Finalizers().ShouldContain("foregroundDeletion");

        await Eventually.HoldsAsync(async () => (await api.MustGetAsync(TestKinds.ConfigMap, ns, "c")).DeletionTimestamp() is not null, Timeout, "c is being deleted");
        var a = await api.MustGetAsync(TestKinds.ConfigMap, ns, "a");
        a.Finalizers().ShouldContain("foregroundDeletion", "a waits for b");
        var b = await api.MustGetAsync(TestKinds.ConfigMap, ns, "b");
        b.DeletionTimestamp().ShouldNotBeNull("b is deleted in the foreground too");
        b.Finalizers().ShouldContain("foregroundDeletion", "b waits for c");

        // Still held a moment later.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        (await CountAsync(ns)).ShouldBe(3);

        (await api.PatchAsync(TestKinds.ConfigMap, ns, "c", PatchType.Merge, """{"metadata":{"finalizers":null}}""")).ShouldSucceed("release c");
        await Eventually.HoldsAsync(async () => await CountAsync(ns) == 0, Timeout, "c, then b, then a removed");
    }

    [Fact]
    public async Task Foreground_removes_dependents_before_the_owner()
    {
        var ns = await api.NewNamespaceAsync("gc-fg-order");
        await CreateChainAsync(ns, block: true);
        var list = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns });
        await using var watch = new WatchReader(api, TestKinds.ConfigMap, new WatchRequest(ns, null, null, list.ResourceVersion));

        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { PropagationPolicy = "Foreground" })).ShouldSucceed("foreground delete a");
        await Eventually.HoldsAsync(async () => await CountAsync(ns) == 0, Timeout, "the chain is removed");

        await Eventually.HoldsAsync(() => Task.FromResult(watch.Snapshot().Count(i => i.Event?.Type == WatchEventType.Deleted) == 3), Timeout, "three DELETED events");
        var removals = watch.Snapshot().Where(i => i.Event?.Type == WatchEventType.Deleted).Select(i => Manifests.Parse(i.Event!.Json).Name()).ToList();
        removals.ShouldBe(["c", "b", "a"], WatchReader.Describe(watch.Snapshot()));
    }

    [Fact]
    public async Task Orphan_keeps_dependents_and_removes_references_to_the_owner()
    {
        var ns = await api.NewNamespaceAsync("gc-orphan");
        var (a, b, _) = await CreateChainAsync(ns, block: true);

        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { PropagationPolicy = "Orphan" })).ShouldSucceed("orphan delete a");
        await Eventually.HoldsAsync(async () => !await api.ExistsAsync(TestKinds.ConfigMap, ns, "a"), Timeout, "a removed once its dependents are orphaned");

        var orphanedB = await api.MustGetAsync(TestKinds.ConfigMap, ns, "b");
        orphanedB.DeletionTimestamp().ShouldBeNull();
        (orphanedB["metadata"]!["ownerReferences"] as JsonArray ?? []).ShouldNotContain(r => r!["uid"]!.GetValue<string>() == a.Uid());

        var c = await api.MustGetAsync(TestKinds.ConfigMap, ns, "c");
        c["metadata"]!["ownerReferences"]![0]!["uid"]!.GetValue<string>().ShouldBe(b.Uid(), "c still belongs to b");

        // And the collector does not take them later either.
        await fixture.Cluster.Client.GetGrain<IGarbageCollectorGrain>(0).Sweep();
        (await CountAsync(ns)).ShouldBe(2);
    }

    [Fact]
    public async Task Sweep_collects_dependents_whose_owner_never_existed()
    {
        var ns = await api.NewNamespaceAsync("gc-sweep");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("lost", ownerReferences: Manifests.OwnedBy("v1", "ConfigMap", "ghost", Guid.NewGuid().ToString())));
        await fixture.Cluster.Client.GetGrain<IGarbageCollectorGrain>(0).Sweep();
        (await api.ExistsAsync(TestKinds.ConfigMap, ns, "lost")).ShouldBeFalse("a dependent of a missing owner is collected by the sweep");
    }

    private async Task<(JsonObject A, JsonObject B, JsonObject C)> CreateChainAsync(string ns, bool block)
    {
        var a = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));
        var b = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("b", ownerReferences: Manifests.OwnedBy("v1", "ConfigMap", "a", a.Uid(), block)));
        var c = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("c", ownerReferences: Manifests.OwnedBy("v1", "ConfigMap", "b", b.Uid(), block)));
        return (a, b, c);
    }

    private async Task<int> CountAsync(string ns) => (await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns })).Items.Count;
}
