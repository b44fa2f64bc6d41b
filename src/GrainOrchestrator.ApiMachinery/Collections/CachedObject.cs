using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>One object as a collection holds it: the wire JSON and its parsed form for selectors.</summary>
internal sealed class CachedObject(string @namespace, string name, long resourceVersion, string json)
{
    private JsonObject? parsed;

    public string Namespace { get; } = @namespace;

    public string Name { get; } = name;

    public long ResourceVersion { get; } = resourceVersion;

    public string Json { get; } = json;

    /// <summary>Parsed on first use; callers must not modify it.</summary>
    public JsonObject Node => parsed ??= JsonNode.Parse(Json)!.AsObject();

    public static string SortKey(string @namespace, string name) => @namespace + "/" + name;
}
