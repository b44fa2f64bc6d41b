using System.Globalization;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>One <c>metadata.managedFields</c> entry being worked on: who, how, and the fields it owns.</summary>
internal sealed class ManagedFieldsEntry
{
    public const string ApplyOperation = "Apply";
    public const string UpdateOperation = "Update";

    public required string Manager { get; init; }

    public required string Operation { get; init; }

    public string? ApiVersion { get; set; }

    public string? Time { get; set; }

    public string? Subresource { get; init; }

    public FieldSet Fields { get; set; } = new();

    public static List<ManagedFieldsEntry> Read(JsonObject? obj)
    {
        var entries = new List<ManagedFieldsEntry>();
        if (obj?["metadata"]?["managedFields"] is not JsonArray list)
        {
            return entries;
        }

        foreach (var item in list.OfType<JsonObject>())
        {
            entries.Add(new ManagedFieldsEntry
            {
                Manager = Text(item["manager"]) ?? string.Empty,
                Operation = Text(item["operation"]) ?? UpdateOperation,
                ApiVersion = Text(item["apiVersion"]),
                Time = Text(item["time"]),
                Subresource = Text(item["subresource"]),
                Fields = FieldSet.FromFieldsV1(item["fieldsV1"] as JsonObject),
            });
        }

        return entries;
    }

    /// <summary>Writes the entries that still own something into <c>metadata.managedFields</c>.</summary>
    public static void Write(JsonObject obj, IEnumerable<ManagedFieldsEntry> entries)
    {
        var list = new JsonArray();
        foreach (var entry in entries.Where(e => e.Fields.Count > 0))
        {
            var json = new JsonObject
            {
                ["manager"] = entry.Manager,
                ["operation"] = entry.Operation,
                ["apiVersion"] = entry.ApiVersion,
                ["time"] = entry.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = entry.Fields.ToFieldsV1(),
            };
            if (entry.Subresource is not null)
            {
                json["subresource"] = entry.Subresource;
            }

            list.Add(json);
        }

        if (obj["metadata"] is not JsonObject metadata)
        {
            metadata = new JsonObject();
            obj["metadata"] = metadata;
        }

        if (list.Count == 0)
        {
            metadata.Remove("managedFields");
        }
        else
        {
            metadata["managedFields"] = list;
        }
    }

    public static ManagedFieldsEntry FindOrAdd(List<ManagedFieldsEntry> entries, string manager, string operation)
    {
        var entry = entries.Find(e => e.Manager == manager && e.Operation == operation && e.Subresource is null);
        if (entry is null)
        {
            entry = new ManagedFieldsEntry { Manager = manager, Operation = operation };
            entries.Add(entry);
        }

        return entry;
    }

    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
