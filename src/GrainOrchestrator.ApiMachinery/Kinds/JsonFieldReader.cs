using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>
/// Reads scalar fields from an object's wire JSON and formats them as upstream field selectors do:
/// Go zero values stand for missing fields ("" for strings, "0" for numbers, "false" for booleans).
/// </summary>
public static class JsonFieldReader
{
    /// <summary>The node at <paramref name="path"/> (object properties only), or null when any step is missing.</summary>
    public static JsonNode? Find(JsonObject obj, IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(path);
        JsonNode? node = obj;
        foreach (var step in path)
        {
            if (node is not JsonObject current || !current.TryGetPropertyValue(step, out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string ReadString(JsonObject obj, IReadOnlyList<string> path) =>
        Format(Find(obj, path), string.Empty);

    public static string ReadInteger(JsonObject obj, IReadOnlyList<string> path) =>
        Format(Find(obj, path), "0");

    public static string ReadBoolean(JsonObject obj, IReadOnlyList<string> path) =>
        Format(Find(obj, path), "false");

    /// <summary>A scalar's text: strings as they are, numbers invariant, booleans lower-case; anything else is <paramref name="missing"/>.</summary>
    public static string Format(JsonNode? node, string missing)
    {
        if (node is not JsonValue value)
        {
            return missing;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => FormatNumber(value),
            _ => missing,
        };
    }

    private static string FormatNumber(JsonValue value)
    {
        if (value.TryGetValue<long>(out var integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        // Non-integral numbers never occur in the fields selectors read; keep their JSON text.
        return value.ToJsonString();
    }
}
