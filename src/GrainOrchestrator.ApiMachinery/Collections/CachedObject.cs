using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>
/// One object as a collection holds it: the wire JSON plus what lists, watches and the garbage
/// collector filter on (labels, the kind's selectable fields, uid, owners), extracted once.
/// The parsed tree is not kept, so an object costs about its JSON text in memory.
/// </summary>
internal sealed class CachedObject
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    private CachedObject(string @namespace, string name, long resourceVersion, string json, JsonObject node, KindContext kind)
    {
        Namespace = @namespace;
        Name = name;
        ResourceVersion = resourceVersion;
        Json = json;
        var metadata = node["metadata"] as JsonObject;
        Labels = metadata?["labels"] is JsonObject labels
            ? labels.Where(l => l.Value is JsonValue).ToDictionary(l => l.Key, l => l.Value!.ToString(), StringComparer.Ordinal)
            : NoLabels;
        Fields = kind.Kind.FieldGetters.ToDictionary(g => g.Key, g => g.Value(node), StringComparer.Ordinal);
        Uid = metadata?["uid"]?.GetValue<string>();
        OwnerUids = metadata?["ownerReferences"] is JsonArray owners
            ? owners.OfType<JsonObject>().Select(o => o["uid"]?.GetValue<string>()).OfType<string>().ToArray()
            : [];
        Deleting = metadata?["deletionTimestamp"] is not null;
    }

    public string Namespace { get; }

    public string Name { get; }

    public long ResourceVersion { get; }

    public string Json { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Values of the kind's field-selector fields.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    public string? Uid { get; }

    public IReadOnlyList<string> OwnerUids { get; }

    public bool Deleting { get; }

    public string Key => SortKey(Namespace, Name);

    public static CachedObject Create(string @namespace, string name, long resourceVersion, string json, KindContext kind) =>
        new(@namespace, name, resourceVersion, json, JsonNode.Parse(json)!.AsObject(), kind);

    /// <summary>The same object carrying a deletion's resourceVersion (the DELETED event's object).</summary>
    public CachedObject AsDeletedAt(long resourceVersion, KindContext kind)
    {
        var node = JsonNode.Parse(Json)!.AsObject();
        Objects.Meta.Set(node, "resourceVersion", resourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new CachedObject(Namespace, Name, resourceVersion, node.ToJsonString(), node, kind);
    }

    public static string SortKey(string @namespace, string name) => @namespace + "/" + name;
}
