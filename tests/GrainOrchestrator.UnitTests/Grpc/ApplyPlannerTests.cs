using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Grpc.Services;

namespace GrainOrchestrator.UnitTests.Grpc;

public sealed class ApplyPlannerTests
{
    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    private static readonly JsonObject Deployment = Obj("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"}}""");
    private static readonly JsonObject Namespace = Obj("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team"}}""");

    [Fact]
    public void Namespaces_go_first_and_the_rest_keeps_manifest_order()
    {
        var service = Obj("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"team"}}""");

        var plan = ApplyPlanner.Plan([Deployment, service, Namespace], KindRegistry.Default, "team");

        plan.Ok.ShouldBeTrue();
        plan.Objects.Select(p => (p.Index, p.Kind.Kind, p.Namespace)).ShouldBe([(2, "Namespace", (string?)null), (0, "Deployment", "team"), (1, "Service", "team")]);
    }

    [Theory]
    [InlineData(null, "default")]
    [InlineData("", "default")]
    [InlineData("team", "team")]
    public void Namespaced_objects_without_a_namespace_get_the_requests_or_default(string? requested, string expected)
    {
        var plan = ApplyPlanner.Plan([Deployment], KindRegistry.Default, requested);

        plan.Objects.Single().Namespace.ShouldBe(expected);
        plan.Objects.Single().Object["metadata"]!["namespace"]!.GetValue<string>().ShouldBe(expected);
        Deployment["metadata"]!["namespace"].ShouldBeNull(); // the caller's document is not changed
    }

    [Theory]
    [InlineData("""{"kind":"Deployment","metadata":{"name":"x"}}""", "documents[0].apiVersion")]
    [InlineData("""{"apiVersion":"apps/v1","metadata":{"name":"x"}}""", "documents[0].kind")]
    [InlineData("""{"apiVersion":"apps/v1","kind":7,"metadata":{"name":"x"}}""", "documents[0].kind")]
    [InlineData("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"x"}}""", "documents[0].kind")]
    [InlineData("""{"apiVersion":"v2","kind":"Pod","metadata":{"name":"x"}}""", "documents[0].kind")]
    [InlineData("""{"apiVersion":"apps/v1","kind":"Deployment"}""", "documents[0].metadata")]
    [InlineData("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":"web"}""", "documents[0].metadata")]
    [InlineData("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"generateName":"x-"}}""", "documents[0].metadata.name")]
    [InlineData("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},"spec":{"replicaz":1}}""", "documents[0].spec.replicaz")]
    [InlineData("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x","namespace":"other"}}""", "documents[0].metadata.namespace")]
    public void Bad_documents_are_reported_by_field(string json, string field)
    {
        var plan = ApplyPlanner.Plan([Obj(json)], KindRegistry.Default, "team");

        plan.Ok.ShouldBeFalse();
        plan.Violations.Select(v => v.Field).ShouldContain(field);
    }

    [Fact]
    public void Every_bad_document_is_reported_not_only_the_first()
    {
        var plan = ApplyPlanner.Plan([Obj("""{"kind":"X"}"""), Deployment, Obj("""{"apiVersion":"v1"}""")], KindRegistry.Default, null);

        plan.Violations.Select(v => v.Field).ShouldBe(["documents[0].apiVersion", "documents[2].kind"]);
    }
}
