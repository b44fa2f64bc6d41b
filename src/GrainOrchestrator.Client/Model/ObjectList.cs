using System.Text.Json.Nodes;

namespace GrainOrchestrator.Client.Model;

/// <summary>A page of a list; <see cref="Continue"/> fetches the next one.</summary>
public sealed record ObjectList(IReadOnlyList<string> Items, string ResourceVersion, string? Continue, long? RemainingItemCount)
{
    public IEnumerable<JsonObject> Objects => Items.Select(i => JsonNode.Parse(i)?.AsObject() ?? []);
}
