using System.Diagnostics;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>Finalizers and graceful deletion.</summary>
public sealed class DeletionTests(ApiClusterFixture fixture)
{
    private readonly ResourceApi api = fixture.Api;

    [Fact]
    public async Task Finalizers_keep_the_object_until_they_are_removed()
    {
        var ns = await api.NewNamespaceAsync("finalizers");
        var cm = Manifests.Parse(Manifests.ConfigMap("held"));
        cm["metadata"]!["finalizers"] = new JsonArray("example.com/a", "example.com/b");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, cm.ToJsonString());

        var deleting = (await api.DeleteAsync(TestKinds.ConfigMap, ns, "held")).ShouldSucceed("delete");
        deleting.DeletionTimestamp().ShouldNotBeNull();

        var stored = await api.MustGetAsync(TestKinds.ConfigMap, ns, "held");
        stored.DeletionTimestamp().ShouldNotBeNull();
        stored.Finalizers().ShouldBe(["example.com/a", "example.com/b"]);

        (await api.PatchAsync(TestKinds.ConfigMap, ns, "held", PatchType.Merge, """{"metadata":{"finalizers":["example.com/a","example.com/new"]}}"""))
            .ShouldFail(422, "Invalid", "adding a finalizer while deleting");
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "held", PatchType.Json, """[{"op":"remove","path":"/metadata/finalizers/1"}]""")).ShouldSucceed("remove one finalizer");
        (await api.ExistsAsync(TestKinds.ConfigMap, ns, "held")).ShouldBeTrue("one finalizer left");

        (await api.PatchAsync(TestKinds.ConfigMap, ns, "held", PatchType.Merge, """{"metadata":{"finalizers":null}}""")).ShouldSucceed("remove last finalizer");
        (await api.ExistsAsync(TestKinds.ConfigMap, ns, "held")).ShouldBeFalse("gone once the last finalizer is removed");
        (await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns })).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Bound_pod_stays_terminating_for_its_grace_period()
    {
        var ns = await api.NewNamespaceAsync("grace");
        await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("bound", nodeName: "node-1"));

        var watch = Stopwatch.StartNew();
        var deleting = (await api.DeleteAsync(TestKinds.Pod, ns, "bound", new DeleteOptions { GracePeriodSeconds = 2 })).ShouldSucceed("delete with grace 2");
        deleting.DeletionTimestamp().ShouldNotBeNull();
        deleting["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<long>().ShouldBe(2);

        var terminating = await api.MustGetAsync(TestKinds.Pod, ns, "bound");
        terminating.DeletionTimestamp().ShouldNotBeNull("still there, Terminating, right after the delete");

        await Eventually.HoldsAsync(async () => !await api.ExistsAsync(TestKinds.Pod, ns, "bound"), TimeSpan.FromSeconds(10), "bound pod removed after its grace period");
        watch.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(0.9), "timestamps have second precision, so at least ~1 s of the 2 s grace");
        (await api.ListAsync(TestKinds.Pod, new ListRequest { Namespace = ns })).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Unbound_pod_and_grace_zero_go_at_once()
    {
        var ns = await api.NewNamespaceAsync("nograce");
        await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("unbound"));
        await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("bound", nodeName: "node-1"));
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("cm"));

        (await api.DeleteAsync(TestKinds.Pod, ns, "unbound")).ShouldSucceed("delete unbound");
        (await api.ExistsAsync(TestKinds.Pod, ns, "unbound")).ShouldBeFalse("an unbound pod goes at once");

        (await api.DeleteAsync(TestKinds.Pod, ns, "bound", new DeleteOptions { GracePeriodSeconds = 0 })).ShouldSucceed("delete with grace 0");
        (await api.ExistsAsync(TestKinds.Pod, ns, "bound")).ShouldBeFalse("grace 0 removes at once");

        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "cm")).ShouldSucceed("delete configmap");
        (await api.ExistsAsync(TestKinds.ConfigMap, ns, "cm")).ShouldBeFalse();
        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "cm")).ShouldFail(404, "NotFound", "second delete");
    }

    [Fact]
    public async Task Delete_preconditions_are_checked()
    {
        var ns = await api.NewNamespaceAsync("precond");
        var created = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));
        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { PreconditionUid = Guid.NewGuid().ToString() })).ShouldFail(409, "Conflict", "wrong uid");
        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { PreconditionResourceVersion = "1" })).ShouldFail(409, "Conflict", "wrong resourceVersion");
        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { PreconditionUid = created.Uid(), PreconditionResourceVersion = created.Rv() })).ShouldSucceed("matching preconditions");
        (await api.ExistsAsync(TestKinds.ConfigMap, ns, "a")).ShouldBeFalse();
    }
}
