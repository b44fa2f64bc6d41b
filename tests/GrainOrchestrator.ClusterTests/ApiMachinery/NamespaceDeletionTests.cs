using System.Diagnostics;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>Deleting a namespace empties it, then removes it, and leaves other namespaces alone.</summary>
public sealed class NamespaceDeletionTests(ApiClusterFixture fixture)
{
    private readonly ResourceApi api = fixture.Api;

    [Fact]
    public async Task Deleting_a_namespace_of_500_mixed_objects_empties_and_removes_it()
    {
        var ns = await api.NewNamespaceAsync("nsdel");
        var bystander = await api.NewNamespaceAsync("nsdel-keep");
        var plan = new (ResourceKind Kind, int Count, Func<string, string> Manifest)[]
        {
            (TestKinds.ConfigMap, 150, n => Manifests.ConfigMap(n)),
            (TestKinds.Secret, 150, Manifests.Secret),
            (TestKinds.Pod, 100, n => Manifests.Pod(n)),
            (TestKinds.Service, 50, Manifests.Service),
            (TestKinds.Deployment, 50, n => Manifests.Deployment(n)),
        };
        plan.Sum(p => p.Count).ShouldBe(500);

        var creates = plan.SelectMany(p => Enumerable.Range(0, p.Count).Select(i => (p.Kind, Json: p.Manifest($"o-{i}")))).ToList();
        foreach (var chunk in creates.Chunk(50))
        {
            await Task.WhenAll(chunk.Select(c => api.MustCreateAsync(c.Kind, ns, c.Json)));
        }

        foreach (var (kind, _, manifest) in plan)
        {
            await api.MustCreateAsync(kind, bystander, manifest("kept"));
        }

        var watch = Stopwatch.StartNew();
        (await api.DeleteAsync(TestKinds.Namespace, null, ns)).ShouldSucceed("delete namespace");
        var terminating = await api.MustGetAsync(TestKinds.Namespace, null, ns);
        terminating["status"]!["phase"]!.GetValue<string>().ShouldBe("Terminating");
        terminating.DeletionTimestamp().ShouldNotBeNull();

        await Eventually.HoldsAsync(async () => !await api.ExistsAsync(TestKinds.Namespace, null, ns), TimeSpan.FromSeconds(40), $"namespace {ns} removed");
        TestContext.Current.SendDiagnosticMessage($"namespace of 500 objects deleted in {watch.Elapsed.TotalSeconds:0.0} s");

        foreach (var (kind, _, _) in plan)
        {
            (await api.ListAsync(kind, new ListRequest { Namespace = ns })).Items.ShouldBeEmpty($"{kind.Kind} left in the deleted namespace");
            var kept = await api.ListAsync(kind, new ListRequest { Namespace = bystander });
            kept.Items.Select(i => Manifests.Parse(i).Name()).ShouldBe(["kept"], $"{kind.Kind} in the other namespace");
        }
    }
}
