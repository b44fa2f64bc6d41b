using System.Collections.Frozen;
using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Patching;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// The <c>x-kubernetes-*</c> extensions of one property: the strategic-merge tags from
/// <see cref="PatchMetadata"/> and the list type they imply (map keyed by the merge key, or set).
/// </summary>
internal static class FieldExtensions
{
    public const string PatchMergeKey = "x-kubernetes-patch-merge-key";
    public const string PatchStrategy = "x-kubernetes-patch-strategy";
    public const string ListType = "x-kubernetes-list-type";
    public const string ListMapKeys = "x-kubernetes-list-map-keys";

    // Where upstream's list-map keys are more than the merge key.
    private static readonly FrozenDictionary<(Type, string), string[]> ListMapKeyOverrides = new Dictionary<(Type, string), string[]>
    {
        [(typeof(V1Container), "ports")] = ["containerPort", "protocol"],
        [(typeof(V1EphemeralContainer), "ports")] = ["containerPort", "protocol"],
        [(typeof(V1ServiceSpec), "ports")] = ["port", "protocol"],
    }.ToFrozenDictionary();

    public static void Apply(JsonObject schema, Type declaringType, string jsonName, bool isList)
    {
        var meta = PatchMetadata.Lookup(declaringType, jsonName);
        if (meta.MergeKey is { } mergeKey)
        {
            schema[PatchMergeKey] = mergeKey;
        }

        if (meta.Strategy is { } strategy)
        {
            schema[PatchStrategy] = strategy;
        }

        if (!isList || !meta.Merge)
        {
            return;
        }

        if (meta.MergeKey is null)
        {
            schema[ListType] = "set";
            return;
        }

        var keys = ListMapKeyOverrides.GetValueOrDefault((declaringType, jsonName)) ?? [meta.MergeKey];
        schema[ListMapKeys] = new JsonArray([.. keys.Select(k => (JsonNode)JsonValue.Create(k))]);
        schema[ListType] = "map";
    }
}
