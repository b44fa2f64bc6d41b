using System.Text;
using GrainOrchestrator.Gateway.OpenApi;
using k8s.Models;

namespace GrainOrchestrator.UnitTests.OpenApi;

public sealed class ModelDocumentationTests
{
    [Fact]
    public void The_client_documentation_file_is_next_to_the_assembly()
    {
        ModelDocumentation.Default.Count.ShouldBeGreaterThan(1000);
        ModelDocumentation.Default.ForType(typeof(V1Pod))!.ShouldStartWith("Pod is a collection of containers");
    }

    [Fact]
    public void Summaries_are_read_for_model_members_only_with_whitespace_collapsed()
    {
        const string xml = """
            <?xml version="1.0"?>
            <doc>
              <members>
                <member name="T:k8s.Models.V1Pod">
                  <summary>
                  Pod is a collection
                  of containers.
                  </summary>
                </member>
                <member name="P:k8s.Models.V1Pod.Spec"><summary>The <c>spec</c>.</summary></member>
                <member name="T:k8s.Kubernetes"><summary>Not a model.</summary></member>
              </members>
            </doc>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var docs = ModelDocumentation.Load(stream);

        docs.Count.ShouldBe(2);
        docs.ForType(typeof(V1Pod)).ShouldBe("Pod is a collection of containers.");
        docs.ForProperty(typeof(V1Pod).GetProperty(nameof(V1Pod.Spec))!).ShouldBe("The spec.");
        docs.ForProperty(typeof(V1Pod).GetProperty(nameof(V1Pod.Status))!).ShouldBeNull();
    }

    [Fact]
    public void Without_documentation_schemas_have_no_descriptions_but_are_complete()
    {
        var generator = new OpenApiV3Generator(GrainOrchestrator.ApiMachinery.Kinds.KindRegistry.Default, ModelDocumentation.Empty);

        generator.TryGetDocument("api/v1", out var document, out _).ShouldBeTrue();
        var pod = document["components"]!["schemas"]!["io.k8s.api.core.v1.Pod"]!.AsObject();
        pod.ContainsKey("description").ShouldBeFalse();
        pod["properties"]!["spec"]!["allOf"]![0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/io.k8s.api.core.v1.PodSpec");
    }
}
