using System.Text.Json.Nodes;
using Shouldly;

namespace GrainOrchestrator.UnitTests.Patching;

/// <summary>Structural JSON comparison (member order ignored, array order kept) with readable failures.</summary>
internal static class JsonAssert
{
    public static JsonNode? Parse(string json) => JsonNode.Parse(json);

    public static JsonObject Object(string json) => (JsonObject)JsonNode.Parse(json)!;

    public static void ShouldEqualJson(this JsonNode? actual, string expected)
    {
        var expectedNode = JsonNode.Parse(expected);
        JsonNode.DeepEquals(actual, expectedNode).ShouldBeTrue(
            $"expected {expectedNode?.ToJsonString() ?? "null"}\n  but was {actual?.ToJsonString() ?? "null"}");
    }
}
