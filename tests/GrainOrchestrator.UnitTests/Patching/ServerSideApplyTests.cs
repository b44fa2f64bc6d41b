using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Patching;
using k8s.Models;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Patching;

public sealed class ServerSideApplyTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private const string Manifest = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"default","labels":{"app":"web"}},
         "spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"app","image":"app:v1","ports":[{"containerPort":80}]}]}}}}
        """;

    [Fact]
    public void Create_sets_the_object_and_records_the_managers_fields()
    {
        var result = ServerSideApply.Apply(null, JsonAssert.Object(Manifest), "kubectl", force: false, typeof(V1Deployment), Now);

        result.Succeeded.ShouldBeTrue();
        var managedFields = result.Result["metadata"]!["managedFields"]!;
        Strip(result.Result).ShouldEqualJson(Manifest);
        managedFields.ShouldEqualJson("""
            [{"manager":"kubectl","operation":"Apply","apiVersion":"apps/v1","time":"2025-01-02T03:04:05Z","fieldsType":"FieldsV1",
              "fieldsV1":{"f:metadata":{"f:labels":{"f:app":{}}},
                "f:spec":{"f:replicas":{},"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"app\"}":{".":{},"f:image":{},"f:name":{},
                  "f:ports":{"k:{\"containerPort\":80}":{".":{},"f:containerPort":{}}}}}}}}}}]
            """);
    }

    [Fact]
    public void Applying_again_with_a_changed_field_updates_it_without_conflict()
    {
        var live = Create();
        var applied = JsonAssert.Object(Manifest.Replace("app:v1", "app:v2", StringComparison.Ordinal));

        var result = ServerSideApply.Apply(live, applied, "kubectl", force: false, typeof(V1Deployment), Now);

        result.Conflicts.ShouldBeEmpty();
        result.Result["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!.GetValue<string>().ShouldBe("app:v2");
        ((JsonArray)result.Result["metadata"]!["managedFields"]!).Count.ShouldBe(1);
    }

    [Fact]
    public void A_field_another_manager_set_to_another_value_conflicts()
    {
        var live = Scale(Create(), 5);

        var result = ServerSideApply.Apply(live, JsonAssert.Object(Manifest), "kubectl", force: false, typeof(V1Deployment), Now);

        result.Conflicts.ShouldBe([new ApplyConflict("hpa-controller", "apps/v1", ".spec.replicas")]);
        result.Result.ShouldEqualJson(live.ToJsonString());
        ApplyConflict.Describe(result.Conflicts).ShouldBe("Apply failed with 1 conflict: conflict with \"hpa-controller\" using apps/v1: .spec.replicas");
    }

    [Fact]
    public void Force_takes_the_field_over()
    {
        var live = Scale(Create(), 5);

        var result = ServerSideApply.Apply(live, JsonAssert.Object(Manifest), "kubectl", force: true, typeof(V1Deployment), Now);

        result.Conflicts.ShouldBeEmpty();
        result.Result["spec"]!["replicas"]!.GetValue<int>().ShouldBe(2);
        Owners(result.Result, "f:spec", "f:replicas").ShouldBe(["kubectl"]);
    }

    [Fact]
    public void Applying_the_value_another_manager_set_shares_the_field()
    {
        var live = Scale(Create(), 5);
        var applied = JsonAssert.Object(Manifest.Replace("\"replicas\":2", "\"replicas\":5", StringComparison.Ordinal));

        var result = ServerSideApply.Apply(live, applied, "kubectl", force: false, typeof(V1Deployment), Now);

        result.Conflicts.ShouldBeEmpty();
        Owners(result.Result, "f:spec", "f:replicas").ShouldBe(["hpa-controller", "kubectl"], ignoreOrder: true);
    }

    [Fact]
    public void A_field_dropped_from_the_applied_configuration_is_removed()
    {
        var live = Create();
        var applied = JsonAssert.Object("""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"default"},
             "spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"app","image":"app:v1"}]}}}}
            """);

        var result = ServerSideApply.Apply(live, applied, "kubectl", force: false, typeof(V1Deployment), Now);

        Strip(result.Result).ShouldEqualJson("""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"default"},
             "spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"app","image":"app:v1"}]}}}}
            """);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_dropped_field_stays_while_another_manager_still_owns_it(bool otherManagerShares)
    {
        var live = Create();
        if (otherManagerShares)
        {
            var shared = JsonAssert.Object("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","labels":{"app":"web"}}}""");
            live = ServerSideApply.Apply(live, shared, "labeler", force: false, typeof(V1Deployment), Now).Result;
        }

        var applied = JsonAssert.Object(Manifest.Replace(""","labels":{"app":"web"}""", string.Empty, StringComparison.Ordinal));

        var result = ServerSideApply.Apply(live, applied, "kubectl", force: false, typeof(V1Deployment), Now);

        (result.Result["metadata"]!["labels"]?["app"]?.GetValue<string>()).ShouldBe(otherManagerShares ? "web" : null);
    }

    [Fact]
    public void A_list_item_dropped_from_the_applied_configuration_is_removed_but_another_managers_item_stays()
    {
        var withSidecar = JsonAssert.Object(Manifest.Replace(
            """{"name":"app","image":"app:v1","ports":[{"containerPort":80}]}""",
            """{"name":"app","image":"app:v1","ports":[{"containerPort":80}]},{"name":"sidecar","image":"s:1"}""",
            StringComparison.Ordinal));
        var live = ServerSideApply.Apply(null, withSidecar, "kubectl", force: false, typeof(V1Deployment), Now).Result;
        live = ServerSideApply.RecordUpdate(
            live,
            Mutate(live, o => ((JsonArray)o["spec"]!["template"]!["spec"]!["containers"]!).Add(JsonNode.Parse("""{"name":"injected","image":"i:1"}"""))),
            "injector",
            typeof(V1Deployment),
            Now);

        var result = ServerSideApply.Apply(live, JsonAssert.Object(Manifest), "kubectl", force: false, typeof(V1Deployment), Now);

        var names = ((JsonArray)result.Result["spec"]!["template"]!["spec"]!["containers"]!).Select(c => c!["name"]!.GetValue<string>());
        names.ShouldBe(["app", "injected"]);
    }

    [Fact]
    public void Keyed_list_items_merge_by_key_and_sets_union()
    {
        var live = ServerSideApply.RecordUpdate(
            null,
            JsonAssert.Object("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","finalizers":["a"]},"spec":{"containers":[{"name":"c","image":"c:1","env":[{"name":"X","value":"1"}]}]}}"""),
            "creator",
            typeof(V1Pod),
            Now);
        var applied = JsonAssert.Object("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","finalizers":["b"]},"spec":{"containers":[{"name":"c","env":[{"name":"Y","value":"2"}]}]}}""");

        var result = ServerSideApply.Apply(live, applied, "applier", force: false, typeof(V1Pod), Now);

        result.Conflicts.ShouldBeEmpty();
        Strip(result.Result).ShouldEqualJson("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","finalizers":["a","b"]},"spec":{"containers":[{"name":"c","image":"c:1","env":[{"name":"X","value":"1"},{"name":"Y","value":"2"}]}]}}""");
        Owners(result.Result, "f:metadata", "f:finalizers", "v:\"b\"").ShouldBe(["applier"]);
    }

    [Fact]
    public void RecordUpdate_gives_changed_fields_to_the_writer_and_takes_them_from_the_previous_owner()
    {
        var live = Create();

        var updated = ServerSideApply.RecordUpdate(live, Mutate(live, o => o["spec"]!["replicas"] = 3), "kubectl-edit", typeof(V1Deployment), Now);

        Owners(updated, "f:spec", "f:replicas").ShouldBe(["kubectl-edit"]);
        Owners(updated, "f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"app\"}", "f:image").ShouldBe(["kubectl"]);
        var editEntry = ((JsonArray)updated["metadata"]!["managedFields"]!).Single(e => e!["manager"]!.GetValue<string>() == "kubectl-edit")!;
        editEntry["operation"]!.GetValue<string>().ShouldBe("Update");
    }

    [Fact]
    public void RecordUpdate_without_a_model_type_finds_it_from_apiVersion_and_kind()
    {
        var live = Create();

        var updated = ServerSideApply.RecordUpdate(
            live,
            Mutate(live, o => ((JsonArray)o["spec"]!["template"]!["spec"]!["containers"]!).Add(JsonNode.Parse("""{"name":"b","image":"b"}"""))),
            "writer");

        Owners(updated, "f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"b\"}", "f:image").ShouldBe(["writer"]);
    }

    [Fact]
    public void An_untracked_object_belongs_to_before_first_apply()
    {
        var untracked = JsonAssert.Object(Manifest.Replace("\"replicas\":2", "\"replicas\":7", StringComparison.Ordinal));

        var result = ServerSideApply.Apply(untracked, JsonAssert.Object(Manifest), "kubectl", force: false, typeof(V1Deployment), Now);

        result.Conflicts.ShouldBe([new ApplyConflict(ServerSideApply.BeforeFirstApplyManager, "apps/v1", ".spec.replicas")]);
    }

    [Fact]
    public void Upstream_fieldsV1_round_trips()
    {
        const string fieldsV1 = """
            {"f:metadata":{"f:finalizers":{".":{},"v:\"x\"":{}},"f:labels":{".":{},"f:app":{}}},
             "f:spec":{"f:ports":{"k:{\"port\":80,\"protocol\":\"TCP\"}":{".":{},"f:port":{},"f:targetPort":{}}}}}
            """;

        var set = FieldSet.FromFieldsV1(JsonAssert.Object(fieldsV1));

        set.Count.ShouldBe(7);
        set.Contains(["f:metadata", "f:labels"]).ShouldBeTrue();
        set.Contains(["f:spec", "f:ports", "k:{\"port\":80,\"protocol\":\"TCP\"}", "f:port"]).ShouldBeTrue();
        set.ToFieldsV1().ShouldEqualJson(fieldsV1);
    }

    private static JsonObject Create() =>
        ServerSideApply.Apply(null, JsonAssert.Object(Manifest), "kubectl", force: false, typeof(V1Deployment), Now).Result;

    private static JsonObject Scale(JsonObject live, int replicas) =>
        ServerSideApply.RecordUpdate(live, Mutate(live, o => o["spec"]!["replicas"] = replicas), "hpa-controller", typeof(V1Deployment), Now);

    private static JsonObject Mutate(JsonObject obj, Action<JsonObject> change)
    {
        var copy = (JsonObject)obj.DeepClone();
        change(copy);
        return copy;
    }

    private static JsonObject Strip(JsonObject obj)
    {
        var copy = (JsonObject)obj.DeepClone();
        ((JsonObject)copy["metadata"]!).Remove("managedFields");
        return copy;
    }

    private static List<string> Owners(JsonObject obj, params string[] path) =>
        ((JsonArray?)obj["metadata"]!["managedFields"] ?? [])
            .Where(entry => FieldSet.FromFieldsV1(entry!["fieldsV1"] as JsonObject).Contains(path))
            .Select(entry => entry!["manager"]!.GetValue<string>())
            .ToList();
}
