using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Objects;

/// <summary>Small accessors for <c>metadata</c> on an object's JSON.</summary>
public static class Meta
{
    public static JsonObject Metadata(JsonObject obj)
    {
        if (obj["metadata"] is JsonObject m)
        {
            return m;
        }

        m = [];
        obj["metadata"] = m;
        return m;
    }

    public static string? GetString(JsonObject obj, string field) =>
        obj["metadata"] is JsonObject m && m[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static void Set(JsonObject obj, string field, JsonNode? value) => Metadata(obj)[field] = value;

    public static void Remove(JsonObject obj, string field)
    {
        if (obj["metadata"] is JsonObject m)
        {
            m.Remove(field);
        }
    }

    public static long GetLong(JsonObject obj, string field) =>
        obj["metadata"] is JsonObject m && m[field] is JsonValue v
            ? v.TryGetValue<long>(out var l) ? l : v.TryGetValue<string>(out var s) && long.TryParse(s, CultureInfo.InvariantCulture, out l) ? l : 0
            : 0;

    public static List<string> Finalizers(JsonObject obj) =>
        obj["metadata"] is JsonObject m && m["finalizers"] is JsonArray a
            ? a.Select(n => n?.GetValue<string>() ?? string.Empty).ToList()
            : [];

    public static void SetFinalizers(JsonObject obj, IReadOnlyCollection<string> finalizers)
    {
        if (finalizers.Count == 0)
        {
            Remove(obj, "finalizers");
        }
        else
        {
            Set(obj, "finalizers", new JsonArray([.. finalizers.Select(f => (JsonNode)JsonValue.Create(f)!)]));
        }
    }

    public static IReadOnlyList<JsonObject> OwnerReferences(JsonObject obj) =>
        obj["metadata"] is JsonObject m && m["ownerReferences"] is JsonArray a ? a.OfType<JsonObject>().ToList() : [];

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTimestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;

    /// <summary>Everything but metadata and status (the "spec" part whose change bumps generation).</summary>
    public static bool SpecEquals(JsonObject a, JsonObject b)
    {
        foreach (var (key, value) in a)
        {
            if (key is "metadata" or "status" or "apiVersion" or "kind")
            {
                continue;
            }

            if (!JsonNode.DeepEquals(value, b[key]))
            {
                return false;
            }
        }

        foreach (var (key, _) in b)
        {
            if (key is not ("metadata" or "status" or "apiVersion" or "kind") && !a.ContainsKey(key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Equal apart from resourceVersion and managedFields timestamps: such an update writes nothing.</summary>
    public static bool SemanticallyEqual(JsonObject a, JsonObject b)
    {
        var x = Strip(a);
        var y = Strip(b);
        return JsonNode.DeepEquals(x, y);

        static JsonObject Strip(JsonObject o)
        {
            var copy = o.DeepClone().AsObject();
            if (copy["metadata"] is JsonObject m)
            {
                m.Remove("resourceVersion");
                m.Remove("managedFields");
            }

            return copy;
        }
    }

    public static bool TryParse(string json, out JsonObject obj, out string? error)
    {
        try
        {
            if (JsonNode.Parse(json) is JsonObject o)
            {
                obj = o;
                error = null;
                return true;
            }

            error = "the body must be a JSON object";
        }
        catch (JsonException e)
        {
            error = e.Message;
        }

        obj = [];
        return false;
    }
}
