using System.Globalization;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>Optimistic concurrency on resourceVersion under many concurrent writers.</summary>
public sealed class ConcurrencyTests(ApiClusterFixture fixture)
{
    private const int Writers = 64;
    private readonly GrainOrchestrator.ApiMachinery.Api.ResourceApi api = fixture.Api;

    [Fact]
    public async Task Concurrent_updates_from_the_same_version_let_exactly_one_win()
    {
        var ns = await api.NewNamespaceAsync("race");
        var created = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("c"));

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
        {
            var body = created.DeepClone().AsObject();
            body["data"]!["k"] = i.ToString(CultureInfo.InvariantCulture);
            return api.UpdateAsync(TestKinds.ConfigMap, ns, "c", body.ToJsonString());
        }));

        var winners = results.Where(r => r.Ok).ToList();
        winners.Count.ShouldBe(1, $"errors: {string.Join(", ", results.Where(r => !r.Ok).Select(r => r.Error!.Reason).Distinct())}");
        results.Where(r => !r.Ok).ShouldAllBe(r => r.Error!.Code == 409 && r.Error.Reason == "Conflict");
        var stored = await api.MustGetAsync(TestKinds.ConfigMap, ns, "c");
        stored["data"]!["k"]!.GetValue<string>().ShouldBe(Manifests.Parse(winners[0].Json!)["data"]!["k"]!.GetValue<string>());
    }

    [Fact]
    public async Task Read_modify_write_loops_lose_no_update()
    {
        var ns = await api.NewNamespaceAsync("rmw");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("counter", "0"));
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async _ =>
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var current = await api.MustGetAsync(TestKinds.ConfigMap, ns, "counter");
                var value = int.Parse(current["data"]!["k"]!.GetValue<string>(), CultureInfo.InvariantCulture);
                current["data"]!["k"] = (value + 1).ToString(CultureInfo.InvariantCulture);
                var result = await api.UpdateAsync(TestKinds.ConfigMap, ns, "counter", current.ToJsonString());
                if (result.Ok)
                {
                    return;
                }

                result.Error!.Reason.ShouldBe("Conflict");
                Interlocked.Increment(ref conflicts);
            }

            throw new ShouldAssertException("a writer did not get through in 500 attempts");
        }));

        var final = await api.MustGetAsync(TestKinds.ConfigMap, ns, "counter");
        final["data"]!["k"]!.GetValue<string>().ShouldBe(Writers.ToString(CultureInfo.InvariantCulture), $"{conflicts} conflicts were retried");
    }
}
