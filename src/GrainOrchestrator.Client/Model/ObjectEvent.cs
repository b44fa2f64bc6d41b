using System.Text.Json.Nodes;

namespace GrainOrchestrator.Client.Model;

/// <summary>One watch event; <see cref="Json"/> is null for bookmarks.</summary>
public sealed record ObjectEvent(ObjectEventType Type, string? Json, string ResourceVersion)
{
    public JsonObject? ToJsonObject() => Json is null ? null : JsonNode.Parse(Json)?.AsObject();
}
