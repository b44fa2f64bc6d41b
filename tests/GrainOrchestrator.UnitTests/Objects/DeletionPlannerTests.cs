using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Objects;

namespace GrainOrchestrator.UnitTests.Objects;

public sealed class DeletionPlannerTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Theory]
    [InlineData("ConfigMap", null, null, true)]
    [InlineData("Pod", null, null, true)]                       // unbound pod
    [InlineData("Pod", "node-1", null, false)]                  // bound: waits for its grace
    [InlineData("Pod", "node-1", 0L, true)]                     // grace 0
    [InlineData("ConfigMap", null, 30L, true)]                  // grace only matters for pods
    public void Removes_at_once_unless_something_holds_the_object(string kind, string? nodeName, long? grace, bool removeNow)
    {
        var obj = Object(kind, nodeName: nodeName);
        var plan = DeletionPlanner.Plan(obj, kind, new DeleteOptions { GracePeriodSeconds = grace }, Now);
        plan.RemoveNow.ShouldBe(removeNow);
        (plan.Updated is null).ShouldBe(removeNow);
    }

    [Fact]
    public void Bound_pod_gets_a_deadline_of_now_plus_its_grace()
    {
        var pod = Object("Pod", nodeName: "n");
        // As stored objects are: parsed from JSON text.
        pod["spec"]!["terminationGracePeriodSeconds"] = JsonNode.Parse("12");

        var own = DeletionPlanner.Plan(pod, "Pod", DeleteOptions.Default, Now).Updated!;
        own["metadata"]!["deletionTimestamp"]!.GetValue<string>().ShouldBe("2025-01-02T03:04:17Z");
        own["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<long>().ShouldBe(12);

        var explicitGrace = DeletionPlanner.Plan(pod, "Pod", new DeleteOptions { GracePeriodSeconds = 2 }, Now).Updated!;
        explicitGrace["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<long>().ShouldBe(2);
        DeletionPlanner.DueAt(explicitGrace, "Pod").ShouldBe(Now.AddSeconds(2));
        DeletionPlanner.IsDue(explicitGrace, "Pod", Now.AddSeconds(1)).ShouldBeFalse();
        DeletionPlanner.IsDue(explicitGrace, "Pod", Now.AddSeconds(2)).ShouldBeTrue();
    }

    [Fact]
    public void Bound_pod_without_terminationGracePeriodSeconds_gets_30_seconds()
    {
        var plan = DeletionPlanner.Plan(Object("Pod", nodeName: "n"), "Pod", DeleteOptions.Default, Now);
        plan.Updated!["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<long>().ShouldBe(DeletionPlanner.DefaultPodGraceSeconds);
    }

    [Theory]
    [InlineData("Succeeded")]
    [InlineData("Failed")]
    public void Finished_bound_pod_goes_at_once(string phase)
    {
        var pod = Object("Pod", nodeName: "n");
        pod["status"] = new JsonObject { ["phase"] = phase };
        DeletionPlanner.Plan(pod, "Pod", DeleteOptions.Default, Now).RemoveNow.ShouldBeTrue();
    }

    [Fact]
    public void A_second_delete_only_shortens_the_deadline()
    {
        var pod = Object("Pod", nodeName: "n");
        var first = DeletionPlanner.Plan(pod, "Pod", new DeleteOptions { GracePeriodSeconds = 10 }, Now).Updated!;

        var longer = DeletionPlanner.Plan(first, "Pod", new DeleteOptions { GracePeriodSeconds = 60 }, Now.AddSeconds(1)).Updated!;
        longer["metadata"]!["deletionTimestamp"]!.GetValue<string>().ShouldBe("2025-01-02T03:04:15Z");

        DeletionPlanner.Plan(first, "Pod", new DeleteOptions { GracePeriodSeconds = 0 }, Now.AddSeconds(1)).RemoveNow.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Orphan", new string[0], new[] { "orphan" })]
    [InlineData("Foreground", new string[0], new[] { "foregroundDeletion" })]
    [InlineData("Background", new string[0], new string[0])]
    [InlineData(null, new[] { "example.com/x" }, new[] { "example.com/x" })]
    [InlineData("Orphan", new[] { "foregroundDeletion" }, new[] { "orphan" })]
    [InlineData("Foreground", new[] { "orphan", "example.com/x" }, new[] { "example.com/x", "foregroundDeletion" })]
    [InlineData("Orphan", new[] { "orphan" }, new[] { "orphan" })]
    public void Propagation_policy_sets_its_finalizer(string? policy, string[] existing, string[] expected)
    {
        var obj = Object("ConfigMap", finalizers: existing);
        var plan = DeletionPlanner.Plan(obj, "ConfigMap", new DeleteOptions { PropagationPolicy = policy }, Now);
        if (expected.Length == 0)
        {
            plan.RemoveNow.ShouldBeTrue();
            return;
        }

        plan.RemoveNow.ShouldBeFalse();
        Meta.Finalizers(plan.Updated!).ShouldBe(expected);
        plan.Updated!["metadata"]!["deletionTimestamp"]!.GetValue<string>().ShouldBe("2025-01-02T03:04:05Z");
        DeletionPlanner.DueAt(plan.Updated!, "ConfigMap").ShouldBeNull("finalizers hold the object");
    }

    [Fact]
    public void Plan_does_not_modify_its_input()
    {
        var obj = Object("ConfigMap", finalizers: ["example.com/x"]);
        var before = obj.ToJsonString();
        DeletionPlanner.Plan(obj, "ConfigMap", new DeleteOptions { PropagationPolicy = "Foreground" }, Now);
        obj.ToJsonString().ShouldBe(before);
    }

    [Fact]
    public void Namespace_turns_Terminating_and_waits_for_its_spec_finalizers()
    {
        var ns = Object("Namespace");
        ns["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };

        var plan = DeletionPlanner.Plan(ns, "Namespace", DeleteOptions.Default, Now);
        plan.RemoveNow.ShouldBeFalse();
        plan.Updated!["status"]!["phase"]!.GetValue<string>().ShouldBe("Terminating");
        DeletionPlanner.DueAt(plan.Updated!, "Namespace").ShouldBeNull();

        plan.Updated!["spec"]!["finalizers"] = new JsonArray();
        DeletionPlanner.IsDue(plan.Updated!, "Namespace", Now).ShouldBeTrue();
    }

    [Fact]
    public void Object_without_deletionTimestamp_is_never_due()
    {
        DeletionPlanner.DueAt(Object("ConfigMap"), "ConfigMap").ShouldBeNull();
        DeletionPlanner.IsDue(Object("Pod", nodeName: "n"), "Pod", Now).ShouldBeFalse();
    }

    private static JsonObject Object(string kind, string? nodeName = null, string[]? finalizers = null)
    {
        var metadata = new JsonObject { ["name"] = "x", ["uid"] = "u1" };
        if (finalizers is { Length: > 0 })
        {
            metadata["finalizers"] = new JsonArray([.. finalizers.Select(f => (JsonNode)JsonValue.Create(f)!)]);
        }

        var obj = new JsonObject { ["kind"] = kind, ["metadata"] = metadata };
        if (kind == "Pod")
        {
            var spec = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "a", ["image"] = "b" }) };
            if (nodeName is not null)
            {
                spec["nodeName"] = nodeName;
            }

            obj["spec"] = spec;
        }

        return obj;
    }
}
