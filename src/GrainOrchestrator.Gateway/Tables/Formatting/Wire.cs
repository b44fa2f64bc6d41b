using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.Tables.Formatting;

/// <summary>
/// Tolerant readers over an object's wire JSON: a missing step or a value of the wrong type reads as
/// absent, so a printer never throws on a half-filled object.
/// </summary>
internal static class Wire
{
    /// <summary>The node at <paramref name="path"/> (object properties only), or null.</summary>
    public static JsonNode? At(this JsonNode? node, params ReadOnlySpan<string> path)
    {
        foreach (var step in path)
        {
            if (node is not JsonObject current || !current.TryGetPropertyValue(step, out node))
            {
                return null;
            }
        }

        return node;
    }

    public static JsonObject? Object(this JsonNode? node, params ReadOnlySpan<string> path) => node.At(path) as JsonObject;

    /// <summary>The array's object elements; empty when absent.</summary>
    public static IReadOnlyList<JsonObject> Objects(this JsonNode? node, params ReadOnlySpan<string> path) =>
        node.At(path) is JsonArray array ? array.OfType<JsonObject>().ToList() : [];

    /// <summary>The array's string elements; empty when absent.</summary>
    public static IReadOnlyList<string> Strings(this JsonNode? node, params ReadOnlySpan<string> path) =>
        node.At(path) is JsonArray array
            ? array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];

    /// <summary>A string value, or null when absent or not a string.</summary>
    public static string? String(this JsonNode? node, params ReadOnlySpan<string> path) =>
        node.At(path) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A string value, or "" when absent (Go's zero value).</summary>
    public static string Text(this JsonNode? node, params ReadOnlySpan<string> path) => node.String(path) ?? string.Empty;

    /// <summary>An integer value, or null when absent or not an integer.</summary>
    public static long? Long(this JsonNode? node, params ReadOnlySpan<string> path) =>
        node.At(path) is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number)
            ? number
            : null;

    /// <summary>A boolean value, or null when absent or not a boolean.</summary>
    public static bool? Bool(this JsonNode? node, params ReadOnlySpan<string> path) =>
        node.At(path) is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;

    /// <summary>
    /// An RFC 3339 timestamp (Time or MicroTime), or null when absent, unparsable or Go's zero time.
    /// </summary>
    public static DateTimeOffset? Time(this JsonNode? node, params ReadOnlySpan<string> path)
    {
        var text = node.String(path);
        if (text is null
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            || time.Year <= 1)
        {
            return null;
        }

        return time;
    }

    /// <summary>
    /// A resource quantity or IntOrString as text: strings as they are, numbers in invariant form;
    /// null when absent.
    /// </summary>
    public static string? Scalar(this JsonNode? node, params ReadOnlySpan<string> path) =>
        node.At(path) is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => value.TryGetValue<long>(out var number)
                    ? number.ToString(CultureInfo.InvariantCulture)
                    : value.ToJsonString(),
                _ => null,
            }
            : null;

    /// <summary>The object's <c>metadata.name</c>, or "".</summary>
    public static string Name(this JsonObject obj) => obj.Text("metadata", "name");

    /// <summary>The object's age at <paramref name="now"/> as upstream prints AGE.</summary>
    public static string Age(this JsonObject obj, DateTimeOffset now) =>
        HumanDuration.Since(obj.Time("metadata", "creationTimestamp"), now);

    /// <summary>True when <c>metadata.deletionTimestamp</c> is set.</summary>
    public static bool IsDeleting(this JsonObject obj) => obj.At("metadata", "deletionTimestamp") is JsonValue;

    /// <summary>The number of properties of a map field (data, binaryData, …); 0 when absent.</summary>
    public static long Count(this JsonNode? node, params ReadOnlySpan<string> path) => node.At(path) switch
    {
        JsonObject map => map.Count,
        JsonArray array => array.Count,
        _ => 0,
    };
}
