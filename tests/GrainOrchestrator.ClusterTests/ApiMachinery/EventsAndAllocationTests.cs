using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Events;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>Event aggregation, pod binding, Service clusterIP/nodePort allocation and managedFields of updates.</summary>
public sealed class EventsAndAllocationTests(ApiClusterFixture fixture)
{
    private readonly ResourceApi api = fixture.Api;

    [Fact]
    public async Task Repeated_events_are_counted_on_one_event()
    {
        var ns = await api.NewNamespaceAsync("events");
        var cm = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("subject"));
        var recorder = new EventRecorder(api, TimeProvider.System);

        for (var i = 0; i < 3; i++)
        {
            (await recorder.RecordAsync(cm, EventRecorder.Warning, "BackOff", "Back-off restarting", "kubelet")).ShouldSucceed($"record #{i}");
        }

        (await recorder.RecordAsync(cm, EventRecorder.Normal, "Pulled", "Image pulled", "kubelet")).ShouldSucceed("another event");

        var events = await api.ListAsync(TestKinds.Event, new ListRequest { Namespace = ns, FieldSelector = "involvedObject.name=subject" });
        events.Items.Count.ShouldBe(2, "one Event per distinct (reason, message, type, component)");
        var backOff = events.Items.Select(Manifests.Parse).Single(e => e["reason"]!.GetValue<string>() == "BackOff");
        backOff["count"]!.GetValue<int>().ShouldBe(3);
        backOff["involvedObject"]!["uid"]!.GetValue<string>().ShouldBe(cm.Uid());
        backOff["type"]!.GetValue<string>().ShouldBe("Warning");
        backOff["source"]!["component"]!.GetValue<string>().ShouldBe("kubelet");
    }

    [Fact]
    public async Task Concurrent_repeats_are_all_counted()
    {
        var ns = await api.NewNamespaceAsync("events-race");
        var cm = await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("busy"));
        var recorder = new EventRecorder(api, TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => recorder.RecordAsync(cm, EventRecorder.Normal, "Tick", "tick", "test")));
        results.ShouldAllBe(r => r.Ok);
        var events = await api.ListAsync(TestKinds.Event, new ListRequest { Namespace = ns });
        events.Items.Count.ShouldBe(1);
        Manifests.Parse(events.Items[0])["count"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task Binding_assigns_the_node_once()
    {
        var ns = await api.NewNamespaceAsync("binding");
        await api.MustCreateAsync(TestKinds.Pod, ns, Manifests.Pod("web"));
        var binding = """{"apiVersion":"v1","kind":"Binding","metadata":{"name":"web"},"target":{"kind":"Node","name":"node-a"}}""";

        (await api.UpdateAsync(TestKinds.Pod, ns, "web", binding, new WriteOptions { Subresource = "binding" })).ShouldSucceed("bind");
        var pod = await api.MustGetAsync(TestKinds.Pod, ns, "web");
        pod["spec"]!["nodeName"]!.GetValue<string>().ShouldBe("node-a");
        var scheduled = pod["status"]!["conditions"]!.AsArray().OfType<JsonObject>().Single(c => c["type"]!.GetValue<string>() == "PodScheduled");
        scheduled["status"]!.GetValue<string>().ShouldBe("True");

        var again = (await api.UpdateAsync(TestKinds.Pod, ns, "web", binding.Replace("node-a", "node-b", StringComparison.Ordinal), new WriteOptions { Subresource = "binding" }))
            .ShouldFail(409, "Conflict", "second binding");
        again.Message.ShouldContain("already assigned to node \"node-a\"");
    }

    [Fact]
    public async Task Services_get_distinct_cluster_ips_and_node_ports()
    {
        var ns = await api.NewNamespaceAsync("svc-alloc");
        var created = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => api.CreateAsync(TestKinds.Service, ns, Service($"s{i}", "NodePort"))));
        var services = created.Select(r => r.ShouldSucceed("create service")).ToList();

        var ips = services.Select(s => s["spec"]!["clusterIP"]!.GetValue<string>()).ToList();
        ips.ShouldAllBe(ip => ip.StartsWith("10.96.", StringComparison.Ordinal));
        ips.Distinct().Count().ShouldBe(10, "every Service its own clusterIP");
        var ports = services.Select(s => s["spec"]!["ports"]![0]!["nodePort"]!.GetValue<int>()).ToList();
        ports.ShouldAllBe(p => p >= 30000 && p <= 32767);
        ports.Distinct().Count().ShouldBe(10, "every NodePort Service its own node port");
        services[0]["spec"]!["clusterIPs"]![0]!.GetValue<string>().ShouldBe(ips[0]);

        var taken = Manifests.Parse(Service("dup", "ClusterIP"));
        taken["spec"]!["clusterIP"] = ips[0];
        (await api.CreateAsync(TestKinds.Service, ns, taken.ToJsonString())).ShouldFail(422, "Invalid", "clusterIP already allocated")
            .Message.ShouldContain("already allocated");

        var headless = Manifests.Parse(Service("headless", "ClusterIP"));
        headless["spec"]!["clusterIP"] = "None";
        (await api.CreateAsync(TestKinds.Service, ns, headless.ToJsonString())).ShouldSucceed("headless")["spec"]!["clusterIP"]!.GetValue<string>().ShouldBe("None");
    }

    [Fact]
    public async Task Updates_with_a_field_manager_are_recorded_in_managed_fields()
    {
        var ns = await api.NewNamespaceAsync("managed");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("owned"));
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "owned", PatchType.Merge, """{"data":{"extra":"1"}}""", new WriteOptions { FieldManager = "editor" }))
            .ShouldSucceed("patch with a field manager");

        var stored = await api.MustGetAsync(TestKinds.ConfigMap, ns, "owned");
        var entry = stored["metadata"]!["managedFields"]!.AsArray().OfType<JsonObject>().Single(e => e["manager"]!.GetValue<string>() == "editor");
        entry["operation"]!.GetValue<string>().ShouldBe("Update");
        entry["fieldsV1"]!.ToJsonString().ShouldContain("f:extra");

        // Another manager applying a different value of that field conflicts with the recorded owner.
        var apply = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"owned"},"data":{"extra":"2"}}""";
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "owned", PatchType.Apply, apply, new WriteOptions { FieldManager = "applier" }))
            .ShouldFail(409, "Conflict", "apply over an updater's field");
    }

    private static string Service(string name, string type) => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject
        {
            ["type"] = type,
            ["selector"] = new JsonObject { ["app"] = name },
            ["ports"] = new JsonArray(new JsonObject { ["port"] = 80 }),
        },
    }.ToJsonString();
}
