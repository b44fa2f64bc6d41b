using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>Field paths of an object in FieldsV1 terms: which leaves an object sets, reading and removing the
/// value at a path, and the <c>.spec.containers[name="x"].image</c> form used in conflict messages.</summary>
internal static class FieldPaths
{
    private static readonly JsonSerializerOptions KeyJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Server-owned or identity fields that no manager owns (upstream strips them the same way).
    private static readonly HashSet<string> IgnoredTopLevel = new(StringComparer.Ordinal) { "apiVersion", "kind" };

    private static readonly HashSet<string> IgnoredMetadata = new(StringComparer.Ordinal)
    {
        "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "selfLink", "generateName",
    };

    /// <summary>The leaves that <paramref name="obj"/> sets: scalars, atomic lists, empty maps, keyed list items
    /// (the item itself as well as its fields) and set members.</summary>
    public static FieldSet Collect(JsonObject obj, PatchSchema schema)
    {
        var set = new FieldSet();
        CollectObject(obj, schema, [], set);
        return set;
    }

    private static void CollectObject(JsonObject obj, PatchSchema schema, List<string> prefix, FieldSet set)
    {
        foreach (var (name, value) in obj)
        {
            if (value is null || IsIgnored(prefix, name))
            {
                continue;
            }

            var field = schema.Field(name);
            prefix.Add("f:" + name);
            CollectValue(value, field, prefix, set);
            prefix.RemoveAt(prefix.Count - 1);
        }
    }

    private static void CollectValue(JsonNode value, PatchField field, List<string> prefix, FieldSet set)
    {
        switch (value)
        {
            case JsonObject map when map.Count > 0:
                CollectObject(map, field.Schema, prefix, set);
                break;
            case JsonArray list when list.Count > 0 && field.Meta.Merge && field.Meta.MergeKey is { } mergeKey:
                foreach (var item in list)
                {
                    if (item is not JsonObject itemMap || KeyElement(itemMap, mergeKey) is not { } key)
                    {
                        throw new PatchException($"{Display(prefix)}: list item {item?.ToJsonString() ?? "null"} has no merge key {mergeKey}");
                    }

                    prefix.Add(key);
                    set.Add(prefix);
                    CollectObject(itemMap, field.Schema, prefix, set);
                    prefix.RemoveAt(prefix.Count - 1);
                }

                break;
            case JsonArray list when list.Count > 0 && field.Meta.Merge:
                foreach (var item in list)
                {
                    prefix.Add("v:" + (item?.ToJsonString(KeyJson) ?? "null"));
                    set.Add(prefix);
                    prefix.RemoveAt(prefix.Count - 1);
                }

                break;
            default:
                set.Add(prefix);
                break;
        }
    }

    public static string? KeyElement(JsonObject item, string mergeKey) =>
        item.TryGetPropertyValue(mergeKey, out var key) && key is not null
            ? "k:" + new JsonObject { [mergeKey] = key.DeepClone() }.ToJsonString(KeyJson)
            : null;

    /// <summary>Finds the value at <paramref name="path"/>; false when any step is missing.</summary>
    public static bool TryGet(JsonNode? root, IReadOnlyList<string> path, out JsonNode? value)
    {
        value = root;
        foreach (var element in path)
        {
            if (!TryStep(value, element, out value, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Removes the value at <paramref name="path"/> when it exists.</summary>
    public static void Remove(JsonObject root, IReadOnlyList<string> path)
    {
        if (path.Count == 0 || !TryGet(root, path.Take(path.Count - 1).ToList(), out var parent))
        {
            return;
        }

        if (!TryStep(parent, path[^1], out _, out var index))
        {
            return;
        }

        switch (parent)
        {
            case JsonObject map:
                map.Remove(path[^1][2..]);
                break;
            case JsonArray list:
                list.RemoveAt(index);
                break;
        }
    }

    /// <summary>A path as upstream prints it in conflicts: <c>.spec.template.spec.containers[name="app"].image</c>.</summary>
    public static string Display(IReadOnlyList<string> path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var element in path)
        {
            var body = element.Length > 2 ? element[2..] : string.Empty;
            switch (element[..Math.Min(2, element.Length)])
            {
                case "f:":
                    builder.Append('.').Append(body);
                    break;
                case "k:":
                    var key = JsonNode.Parse(body) as JsonObject;
                    builder.Append('[').Append(string.Join(",", key?.Select(p => $"{p.Key}={p.Value?.ToJsonString(KeyJson)}") ?? [])).Append(']');
                    break;
                case "v:":
                    builder.Append("[=").Append(body).Append(']');
                    break;
                default:
                    builder.Append('[').Append(body).Append(']');
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool TryStep(JsonNode? node, string element, out JsonNode? child, out int index)
    {
        child = null;
        index = -1;
        var body = element.Length >= 2 ? element[2..] : string.Empty;
        switch (element[..Math.Min(2, element.Length)])
        {
            case "f:" when node is JsonObject map:
                return map.TryGetPropertyValue(body, out child);
            case "k:" when node is JsonArray list && JsonNode.Parse(body) is JsonObject key:
                index = FindIndex(list, item => item is JsonObject o && key.All(k => o.TryGetPropertyValue(k.Key, out var v) && JsonNode.DeepEquals(v, k.Value)));
                break;
            case "v:" when node is JsonArray list:
                var wanted = JsonNode.Parse(body);
                index = FindIndex(list, item => JsonNode.DeepEquals(item, wanted));
                break;
            case "i:" when node is JsonArray list && int.TryParse(body, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < list.Count:
                index = i;
                break;
            default:
                return false;
        }

        if (index < 0)
        {
            return false;
        }

        child = ((JsonArray)node!)[index];
        return true;
    }

    private static int FindIndex(JsonArray list, Func<JsonNode?, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsIgnored(List<string> prefix, string name) =>
        (prefix.Count == 0 && IgnoredTopLevel.Contains(name))
        || (prefix.Count == 1 && prefix[0] == "f:metadata" && IgnoredMetadata.Contains(name));
}
