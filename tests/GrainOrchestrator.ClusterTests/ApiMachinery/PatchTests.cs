using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>The four patch types through <c>ResourceApi.PatchAsync</c>.</summary>
public sealed class PatchTests(ApiClusterFixture fixture)
{
    private readonly GrainOrchestrator.ApiMachinery.Api.ResourceApi api = fixture.Api;

    [Fact]
    public async Task Json_patch_applies_operations_in_order()
    {
        var ns = await api.NewNamespaceAsync("jsonpatch");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));

        var patched = (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Json,
            """[{"op":"add","path":"/data/x","value":"1"},{"op":"replace","path":"/data/k","value":"w"},{"op":"test","path":"/data/x","value":"1"}]""")).ShouldSucceed("json patch");
        patched["data"]!["x"]!.GetValue<string>().ShouldBe("1");
        patched["data"]!["k"]!.GetValue<string>().ShouldBe("w");

        (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Json, """[{"op":"test","path":"/data/k","value":"nope"}]""")).ShouldFail(422, "Invalid", "failing test op");
        (await api.MustGetAsync(TestKinds.ConfigMap, ns, "a")).Rv().ShouldBe(patched.Rv());
    }

    [Fact]
    public async Task Merge_patch_sets_and_removes_keys()
    {
        var ns = await api.NewNamespaceAsync("mergepatch");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));

        var patched = (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Merge, """{"data":{"k":null,"n":"2"},"metadata":{"labels":{"x":"y"}}}""")).ShouldSucceed("merge patch");
        patched["data"]!.AsObject().ContainsKey("k").ShouldBeFalse();
        patched["data"]!["n"]!.GetValue<string>().ShouldBe("2");
        patched["metadata"]!["labels"]!["x"]!.GetValue<string>().ShouldBe("y");
    }

    [Fact]
    public async Task Strategic_merge_patch_merges_containers_by_name()
    {
        var ns = await api.NewNamespaceAsync("smp");
        var deployment = Manifests.Parse(Manifests.Deployment("web"));
        deployment["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Add(new JsonObject { ["name"] = "sidecar", ["image"] = "busybox:1.35" });
        await api.MustCreateAsync(TestKinds.Deployment, ns, deployment.ToJsonString());

        var patched = (await api.PatchAsync(TestKinds.Deployment, ns, "web", PatchType.StrategicMerge,
            """{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox:1.37"}]}}}}""")).ShouldSucceed("strategic merge patch");
        var containers = patched["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        containers.Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["app", "sidecar"]);
        containers[0]!["image"]!.GetValue<string>().ShouldBe("busybox:1.36");
        containers[1]!["image"]!.GetValue<string>().ShouldBe("busybox:1.37");
        patched.Generation().ShouldBe(2);

        var deleted = (await api.PatchAsync(TestKinds.Deployment, ns, "web", PatchType.StrategicMerge,
            """{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}""")).ShouldSucceed("$patch delete");
        deleted["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["app"]);
    }

    [Fact]
    public async Task Server_side_apply_creates_updates_and_detects_conflicts()
    {
        var ns = await api.NewNamespaceAsync("ssa");
        var alice = new WriteOptions { FieldManager = "alice" };
        var bob = new WriteOptions { FieldManager = "bob" };
        var applied = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"owner":"alice","shared":"1"}}""";

        var created = (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Apply, applied, alice)).ShouldSucceed("apply create");
        created["data"]!["owner"]!.GetValue<string>().ShouldBe("alice");
        created["metadata"]!["managedFields"]!.AsArray().ShouldContain(e => e!["manager"]!.GetValue<string>() == "alice" && e["operation"]!.GetValue<string>() == "Apply");
        Guid.TryParse(created.Uid(), out _).ShouldBeTrue();

        var updated = (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Apply,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"owner":"alice","shared":"2"}}""", alice)).ShouldSucceed("apply update");
        updated["data"]!["shared"]!.GetValue<string>().ShouldBe("2");
        updated.Uid().ShouldBe(created.Uid());

        var conflict = (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Apply,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"shared":"bob"}}""", bob)).ShouldFail(409, "Conflict", "bob applies alice's field");
        conflict.Causes.ShouldContain(c => c.Field != null && c.Field.Contains("shared", StringComparison.Ordinal), $"causes: {string.Join("; ", conflict.Causes.Select(c => c.Field))}");
        (await api.MustGetAsync(TestKinds.ConfigMap, ns, "a"))["data"]!["shared"]!.GetValue<string>().ShouldBe("2");

        var forced = (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Apply,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"shared":"bob"}}""", new WriteOptions { FieldManager = "bob", Force = true })).ShouldSucceed("forced apply");
        forced["data"]!["shared"]!.GetValue<string>().ShouldBe("bob");
        forced["data"]!["owner"]!.GetValue<string>().ShouldBe("alice");
    }
}
