using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>Create/update/status/validation/defaulting/namespace rules of object grains.</summary>
public sealed class ObjectSemanticsTests(ApiClusterFixture fixture)
{
    private readonly GrainOrchestrator.ApiMachinery.Api.ResourceApi api = fixture.Api;

    [Fact]
    public async Task Create_assigns_system_fields()
    {
        var ns = await api.NewNamespaceAsync("create");
        var created = await api.MustCreateAsync(TestKinds.Deployment, ns, Manifests.Deployment("web"));

        Guid.TryParse(created.Uid(), out _).ShouldBeTrue("uid is a GUID");
        created["metadata"]!["creationTimestamp"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        created.Generation().ShouldBe(1);
        long.Parse(created.Rv(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        created["metadata"]!["namespace"]!.GetValue<string>().ShouldBe(ns);

        var fetched = await api.MustGetAsync(TestKinds.Deployment, ns, "web");
        fetched.Rv().ShouldBe(created.Rv());
        fetched.Uid().ShouldBe(created.Uid());
    }

    [Fact]
    public async Task GenerateName_creates_distinct_names_with_the_prefix()
    {
        var ns = await api.NewNamespaceAsync("genname");
        var body = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["generateName"] = "cfg-" } }.ToJsonString();

        var names = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            var created = await api.MustCreateAsync(TestKinds.ConfigMap, ns, body);
            created.Name().ShouldStartWith("cfg-");
            created.Name().Length.ShouldBe("cfg-".Length + 5);
            names.Add(created.Name());
        }

        names.Count.ShouldBe(5);
        (await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns })).Items.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Create_of_an_existing_name_is_AlreadyExists()
    {
        var ns = await api.NewNamespaceAsync("exists");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));

        var error = (await api.CreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a", "other"))).ShouldFail(409, "AlreadyExists", "second create");
        error.Message.ShouldBe("configmaps \"a\" already exists");
        (await api.MustGetAsync(TestKinds.ConfigMap, ns, "a"))["data"]!["k"]!.GetValue<string>().ShouldBe("v");
    }

    [Fact]
    public async Task Update_with_a_stale_resourceVersion_is_Conflict()
    {
        var ns = await api.NewNamespaceAsync("stale");
        var created = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));

        var first = created.DeepClone().AsObject();
        first["data"]!["k"] = "one";
        var updated = (await api.UpdateAsync(TestKinds.ConfigMap, ns, "a", first.ToJsonString())).ShouldSucceed("first update");
        long.Parse(updated.Rv(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(long.Parse(created.Rv(), System.Globalization.CultureInfo.InvariantCulture));

        var stale = created.DeepClone().AsObject();
        stale["data"]!["k"] = "two";
        var error = (await api.UpdateAsync(TestKinds.ConfigMap, ns, "a", stale.ToJsonString())).ShouldFail(409, "Conflict", "update from the old version");
        error.Message.ShouldBe("Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your changes to the latest version and try again");
        (await api.MustGetAsync(TestKinds.ConfigMap, ns, "a"))["data"]!["k"]!.GetValue<string>().ShouldBe("one");
    }

    [Fact]
    public async Task Spec_change_bumps_generation_but_label_and_status_changes_do_not()
    {
        var ns = await api.NewNamespaceAsync("gen");
        var created = await api.MustCreateAsync(TestKinds.Deployment, ns, Manifests.Deployment("web", replicas: 1));

        var labelled = (await api.PatchAsync(TestKinds.Deployment, ns, "web", PatchType.Merge, """{"metadata":{"labels":{"tier":"front"}}}""")).ShouldSucceed("label patch");
        labelled.Generation().ShouldBe(1);
        labelled.Rv().ShouldNotBe(created.Rv());

        var status = (await api.PatchAsync(TestKinds.Deployment, ns, "web", PatchType.Merge, """{"status":{"observedGeneration":1,"replicas":1}}""", new WriteOptions { Subresource = "status" })).ShouldSucceed("status patch");
        status.Generation().ShouldBe(1);
        status["status"]!["replicas"]!.GetValue<int>().ShouldBe(1);

        var scaled = (await api.PatchAsync(TestKinds.Deployment, ns, "web", PatchType.Merge, """{"spec":{"replicas":3}}""")).ShouldSucceed("spec patch");
        scaled.Generation().ShouldBe(2);
        scaled["spec"]!["replicas"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task Status_subresource_writes_only_status_and_main_resource_ignores_status()
    {
        var ns = await api.NewNamespaceAsync("status");
        var withStatus = Manifests.Parse(Manifests.Deployment("web"));
        withStatus["status"] = new JsonObject { ["replicas"] = 7 };
        var created = await api.MustCreateAsync(TestKinds.Deployment, ns, withStatus.ToJsonString());
        created["status"]?["replicas"].ShouldBeNull("create ignores status");

        // Main resource: status change ignored, spec change applied.
        var main = created.DeepClone().AsObject();
        main["status"] = new JsonObject { ["replicas"] = 5 };
        main["spec"]!["replicas"] = 2;
        var afterMain = (await api.UpdateAsync(TestKinds.Deployment, ns, "web", main.ToJsonString())).ShouldSucceed("main update");
        afterMain["status"]?["replicas"].ShouldBeNull("main resource must ignore status");
        afterMain["spec"]!["replicas"]!.GetValue<int>().ShouldBe(2);

        // Status subresource: spec change ignored, status applied.
        var viaStatus = afterMain.DeepClone().AsObject();
        viaStatus["status"] = new JsonObject { ["replicas"] = 2, ["readyReplicas"] = 1 };
        viaStatus["spec"]!["replicas"] = 9;
        var afterStatus = (await api.UpdateAsync(TestKinds.Deployment, ns, "web", viaStatus.ToJsonString(), new WriteOptions { Subresource = "status" })).ShouldSucceed("status update");
        afterStatus["spec"]!["replicas"]!.GetValue<int>().ShouldBe(2, "status subresource must not write spec");
        afterStatus["status"]!["readyReplicas"]!.GetValue<int>().ShouldBe(1);
        afterStatus.Generation().ShouldBe(afterMain.Generation());
    }

    [Fact]
    public async Task Validation_failure_is_Invalid_with_field_causes()
    {
        var ns = await api.NewNamespaceAsync("invalid");
        var pod = Manifests.Parse(Manifests.Pod("bad"));
        pod["spec"]!["containers"] = new JsonArray(
            new JsonObject { ["name"] = "a", ["image"] = "busybox" },
            new JsonObject { ["name"] = "a" });

        var error = (await api.CreateAsync(TestKinds.Pod, ns, pod.ToJsonString())).ShouldFail(422, "Invalid", "create invalid pod");
        error.Message.ShouldStartWith("Pod \"bad\" is invalid:");
        var fields = error.Causes.Select(c => c.Field).ToList();
        fields.ShouldContain("spec.containers[1].name", $"causes: {string.Join("; ", error.Causes.Select(c => $"{c.Field} {c.Reason} {c.Message}"))}");
        fields.ShouldContain("spec.containers[1].image", $"causes: {string.Join("; ", error.Causes.Select(c => $"{c.Field} {c.Reason} {c.Message}"))}");
        (await api.ExistsAsync(TestKinds.Pod, ns, "bad")).ShouldBeFalse();

        var badName = (await api.CreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("Not_Valid"))).ShouldFail(422, "Invalid", "create with an invalid name");
        badName.Causes.ShouldContain(c => c.Field == "metadata.name");
    }

    [Fact]
    public async Task Defaults_are_applied_on_create()
    {
        var ns = await api.NewNamespaceAsync("defaults");
        var pod = await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("p"));
        pod["spec"]!["restartPolicy"]!.GetValue<string>().ShouldBe("Always");
        pod["spec"]!["dnsPolicy"]!.GetValue<string>().ShouldBe("ClusterFirst");
        pod["spec"]!["terminationGracePeriodSeconds"]!.GetValue<long>().ShouldBe(30);
        pod["spec"]!["containers"]![0]!["imagePullPolicy"]!.GetValue<string>().ShouldBe("IfNotPresent");

        var deployment = await api.MustCreateAsync(TestKinds.Deployment, ns, Manifests.Deployment("d"));
        var strategy = deployment["spec"]!["strategy"]!;
        strategy["type"]!.GetValue<string>().ShouldBe("RollingUpdate");
        strategy["rollingUpdate"]!["maxSurge"]!.GetValue<string>().ShouldBe("25%");
        strategy["rollingUpdate"]!["maxUnavailable"]!.GetValue<string>().ShouldBe("25%");
        deployment["spec"]!["revisionHistoryLimit"]!.GetValue<int>().ShouldBe(10);
        deployment["spec"]!["progressDeadlineSeconds"]!.GetValue<int>().ShouldBe(600);
    }

    [Fact]
    public async Task Create_in_a_missing_namespace_is_NotFound()
    {
        var error = (await api.CreateAsync(TestKinds.ConfigMap, "no-such-ns-" + Guid.NewGuid().ToString("N")[..6], Manifests.ConfigMap("a"))).ShouldFail(404, "NotFound", "create in a missing namespace");
        error.Message.ShouldStartWith("namespaces \"no-such-ns-");
    }

    [Fact]
    public async Task Create_in_a_terminating_namespace_is_Forbidden()
    {
        var ns = await api.NewNamespaceAsync("term");
        // A finalizer on a ConfigMap keeps the namespace Terminating while we try to create.
        var held = Manifests.Parse(Manifests.ConfigMap("held"));
        held["metadata"]!["finalizers"] = new JsonArray("test.example.com/hold");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, held.ToJsonString());

        (await api.DeleteAsync(TestKinds.Namespace, null, ns)).ShouldSucceed("delete namespace");
        var nsObject = await api.MustGetAsync(TestKinds.Namespace, null, ns);
        nsObject["status"]!["phase"]!.GetValue<string>().ShouldBe("Terminating");

        var error = (await api.CreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("late"))).ShouldFail(403, "Forbidden", "create in a terminating namespace");
        error.Message.ShouldContain($"unable to create new content in namespace {ns} because it is being terminated");

        // Let the namespace go.
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "held", PatchType.Merge, """{"metadata":{"finalizers":null}}""")).ShouldSucceed("remove finalizer");
        await Eventually.HoldsAsync(async () => !await api.ExistsAsync(TestKinds.Namespace, null, ns), TimeSpan.FromSeconds(15), $"namespace {ns} goes away");
    }

    [Fact]
    public async Task DryRun_writes_nothing()
    {
        var ns = await api.NewNamespaceAsync("dryrun");
        var dry = new WriteOptions { DryRun = true };
        var created = (await api.CreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"), dry)).ShouldSucceed("dry-run create");
        created.Name().ShouldBe("a");
        (await api.ExistsAsync(TestKinds.ConfigMap, ns, "a")).ShouldBeFalse("dry-run create must not store");

        var real = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Merge, """{"data":{"k":"dry"}}""", dry)).ShouldSucceed("dry-run patch")["data"]!["k"]!.GetValue<string>().ShouldBe("dry");
        var afterPatch = await api.MustGetAsync(TestKinds.ConfigMap, ns, "a");
        afterPatch["data"]!["k"]!.GetValue<string>().ShouldBe("v");
        afterPatch.Rv().ShouldBe(real.Rv());

        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a", new DeleteOptions { DryRun = true })).ShouldSucceed("dry-run delete");
        (await api.MustGetAsync(TestKinds.ConfigMap, ns, "a")).Rv().ShouldBe(real.Rv());
    }
}
