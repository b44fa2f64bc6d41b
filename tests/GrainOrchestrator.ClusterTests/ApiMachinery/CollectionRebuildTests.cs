using System.Globalization;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ClusterTests.Infrastructure;
using Orleans.TestingHost;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>Silo loss and reactivation: a collection rebuilds exactly from the store. Runs alone (it kills a silo).</summary>
[Collection(nameof(SiloFailureCollection))]
public sealed class CollectionRebuildTests(ApiClusterFixture fixture)
{
    private readonly ResourceApi api = fixture.Api;

    private TestCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Deactivated_collection_lists_exactly_the_stored_objects()
    {
        var ns = await api.NewNamespaceAsync("rebuild");
        var expected = await CreateSomeAsync(ns, TestKinds.ConfigMap);
        var before = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns });

        await Cluster.DeactivateAsync(Collection(TestKinds.ConfigMap.Group, "ConfigMap"));

        var after = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns });
        after.Items.Select(i => Manifests.Parse(i).Name()).ShouldBe(expected);
        after.Items.ShouldBe(before.Items, "objects come back byte for byte with their resourceVersions");
        long.Parse(after.ResourceVersion, CultureInfo.InvariantCulture).ShouldBeGreaterThan(long.Parse(before.ResourceVersion, CultureInfo.InvariantCulture));

        // History does not survive: a watch from before the rebuild must relist.
        await using (var watch = new WatchReader(api, TestKinds.ConfigMap, new WatchRequest(ns, null, null, before.ResourceVersion)))
        {
            var items = await watch.WaitForAsync(1, TimeSpan.FromSeconds(5));
            items[0].Error?.Reason.ShouldBe("Expired", WatchReader.Describe(items));
        }

        // Writes continue with larger versions and no lost objects.
        var next = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("after"));
        long.Parse(next.Rv(), CultureInfo.InvariantCulture).ShouldBeGreaterThan(long.Parse(after.ResourceVersion, CultureInfo.InvariantCulture));
        (await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns })).Items.Count.ShouldBe(expected.Count + 1);
    }

    [Fact]
    public async Task Killing_the_silo_that_hosts_a_collection_keeps_every_object()
    {
        var ns = await api.NewNamespaceAsync("kill");
        var expected = await CreateSomeAsync(ns, TestKinds.Secret);
        var collection = Collection(string.Empty, "Secret");

        var victim = Cluster.SecondarySilos.ShouldHaveSingleItem();
        await Cluster.MigrateAsync(collection, victim.SiloAddress);
        (await LocateAsync(collection)).ShouldBe(victim.SiloAddress, "the collection was moved to the secondary silo");

        await Cluster.KillSiloAsync(victim, TestContext.Current.CancellationToken);
        try
        {
            ListResult? after = null;
            await Eventually.HoldsAsync(async () =>
            {
                try
                {
                    after = await api.ListAsync(TestKinds.Secret, new ListRequest { Namespace = ns }).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
                    return true;
                }
                catch (Exception e) when (e is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(60), "list answers after the silo died");

            after.ShouldNotBeNull();
            after.Items.Select(i => Manifests.Parse(i).Name()).ShouldBe(expected);
            (await LocateAsync(collection)).ShouldBe(Cluster.Primary!.SiloAddress, "reactivated on the surviving silo");
            await api.MustCreateAsync(TestKinds.Secret, ns, Manifests.Secret("after-kill"));
            (await api.ListAsync(TestKinds.Secret, new ListRequest { Namespace = ns })).Items.Count.ShouldBe(expected.Count + 1);
        }
        finally
        {
            // Give later tests their second silo back.
            await Cluster.StartAdditionalSilosAsync(1, false, TestContext.Current.CancellationToken);
            await Cluster.WaitForLivenessToStabilizeAsync();
        }
    }

#pragma warning disable xUnit1051 // the management grain's call takes no token
    private async Task<SiloAddress?> LocateAsync(IResourceCollectionGrain collection) =>
        await Cluster.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(collection);
#pragma warning restore xUnit1051

    private IResourceCollectionGrain Collection(string group, string kind) =>
        Cluster.Client.GetGrain<IResourceCollectionGrain>(ResourceKeys.Collection(group, kind));

    /// <summary>Creates 40 objects, updates some and deletes some; returns the names that must remain, sorted.</summary>
    private async Task<List<string>> CreateSomeAsync(string ns, GrainOrchestrator.ApiMachinery.Kinds.ResourceKind kind)
    {
        var names = Enumerable.Range(0, 40).Select(i => $"o-{i:D2}").ToList();
        await Task.WhenAll(names.Select(n => api.MustCreateAsync(kind, ns, kind.Kind == "Secret" ? Manifests.Secret(n) : Manifests.ConfigMap(n))));
        foreach (var n in names.Where((_, i) => i % 3 == 0))
        {
            (await api.PatchAsync(kind, ns, n, PatchType.Merge, """{"metadata":{"labels":{"updated":"yes"}}}""")).ShouldSucceed($"patch {n}");
        }

        foreach (var n in names.Where((_, i) => i % 4 == 1))
        {
            (await api.DeleteAsync(kind, ns, n)).ShouldSucceed($"delete {n}");
        }

        return names.Where((_, i) => i % 4 != 1).ToList();
    }
}
