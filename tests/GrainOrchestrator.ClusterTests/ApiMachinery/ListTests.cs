using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>List with label and field selectors, namespaces and pagination.</summary>
public sealed class ListTests(ApiClusterFixture fixture)
{
    private readonly GrainOrchestrator.ApiMachinery.Api.ResourceApi api = fixture.Api;

    [Theory]
    [InlineData("env=prod", "a,b")]
    [InlineData("env==prod", "a,b")]
    [InlineData("env!=prod", "c,d,e")]
    [InlineData("env in (dev,test)", "c,d")]
    [InlineData("env notin (prod)", "c,d,e")]
    [InlineData("env", "a,b,c,d")]
    [InlineData("!env", "e")]
    [InlineData("env=prod,tier=web", "a")]
    [InlineData("tier", "a,c")]
    public async Task Label_selectors_pick_the_matching_objects(string selector, string expected)
    {
        var ns = await api.NewNamespaceAsync("labels");
        var labels = new Dictionary<string, Dictionary<string, string>>
        {
            ["a"] = new() { ["env"] = "prod", ["tier"] = "web" },
            ["b"] = new() { ["env"] = "prod" },
            ["c"] = new() { ["env"] = "dev", ["tier"] = "web" },
            ["d"] = new() { ["env"] = "test" },
            ["e"] = new() { ["other"] = "x" },
        };
        foreach (var (name, l) in labels)
        {
            await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap(name, labels: l));
        }

        var list = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns, LabelSelector = selector });
        list.Error.ShouldBeNull();
        Names(list).ShouldBe(expected.Split(','), $"selector {selector}");
    }

    [Fact]
    public async Task Field_selectors_on_name_node_and_phase()
    {
        var ns = await api.NewNamespaceAsync("fields");
        await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("p1", nodeName: "node-a"));
        await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("p2", nodeName: "node-b"));
        await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("p3"));
        (await api.PatchAsync(TestKinds.Pod, ns, "p2", PatchType.Merge, """{"status":{"phase":"Running"}}""", new WriteOptions { Subresource = "status" })).ShouldSucceed("set phase");

        async Task<IReadOnlyList<string>> Select(string fieldSelector)
        {
            var list = await api.ListAsync(TestKinds.Pod, new ListRequest { Namespace = ns, FieldSelector = fieldSelector });
            list.Error.ShouldBeNull($"field selector {fieldSelector}");
            return Names(list);
        }

        (await Select("metadata.name=p1")).ShouldBe(["p1"]);
        (await Select("metadata.name!=p1")).ShouldBe(["p2", "p3"]);
        (await Select("spec.nodeName=node-a")).ShouldBe(["p1"]);
        (await Select("spec.nodeName=")).ShouldBe(["p3"]);
        (await Select("spec.nodeName!=,status.phase=Running")).ShouldBe(["p2"]);
        (await Select($"metadata.namespace={ns}")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task List_across_namespaces_or_in_one()
    {
        var ns1 = await api.NewNamespaceAsync("multi");
        var ns2 = await api.NewNamespaceAsync("multi");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var labels = new Dictionary<string, string> { ["marker"] = marker };
        await api.MustCreateAsync(TestKinds.ConfigMap, ns1, Manifests.ConfigMap("x", labels: labels));
        await api.MustCreateAsync(TestKinds.ConfigMap, ns2, Manifests.ConfigMap("x", labels: labels));
        await api.MustCreateAsync(TestKinds.ConfigMap, ns2, Manifests.ConfigMap("y", labels: labels));

        var all = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { LabelSelector = $"marker={marker}" });
        all.Items.Select(i => $"{Manifests.Parse(i)["metadata"]!["namespace"]}/{Manifests.Parse(i).Name()}").Order(StringComparer.Ordinal)
            .ShouldBe(new[] { $"{ns1}/x", $"{ns2}/x", $"{ns2}/y" }.Order(StringComparer.Ordinal));
        Names(await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns2, LabelSelector = $"marker={marker}" })).ShouldBe(["x", "y"]);
    }

    [Fact]
    public async Task Limit_and_continue_return_every_object_exactly_once()
    {
        var ns = await api.NewNamespaceAsync("pages");
        var expected = Enumerable.Range(0, 53).Select(i => $"cm-{i:D3}").ToList();
        await Task.WhenAll(expected.Select(n => api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap(n))));

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns, Limit = 10, Continue = token });
            page.Error.ShouldBeNull();
            page.Items.Count.ShouldBeLessThanOrEqualTo(10);
            seen.AddRange(page.Items.Select(i => Manifests.Parse(i).Name()));
            token = page.Continue;
            if (token is not null)
            {
                page.RemainingItemCount.ShouldBe(expected.Count - seen.Count);
            }

            (++pages).ShouldBeLessThan(20, "pagination does not end");
        }
        while (token is not null);

        pages.ShouldBe(6);
        seen.ShouldBe(expected);
    }

    [Theory]
    [InlineData("env in (a", null)]
    [InlineData(null, "spec.unknownField=x")]
    [InlineData(null, "metadata.name")]
    public async Task Bad_selectors_are_BadRequest(string? labelSelector, string? fieldSelector)
    {
        var list = await api.ListAsync(TestKinds.Pod, new ListRequest { Namespace = "default", LabelSelector = labelSelector, FieldSelector = fieldSelector });
        list.Error.ShouldNotBeNull();
        list.Error.Code.ShouldBe(400);
        list.Error.Reason.ShouldBe("BadRequest");
        list.Items.ShouldBeEmpty();
    }

    private static IReadOnlyList<string> Names(ListResult list) => list.Items.Select(i => Manifests.Parse(i).Name()).ToList();
}
