using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.Tables;

/// <summary>
/// Builds a meta.k8s.io/v1 Table, the answer to <c>Accept: application/json;as=Table;v=v1;g=meta.k8s.io</c>
/// (what <c>kubectl get</c> asks for), from a printer and objects.
/// </summary>
public static class TableBuilder
{
    public const string ApiVersion = "meta.k8s.io/v1";

    /// <summary>
    /// A Table with column definitions and one row per object. <paramref name="includeObject"/> is
    /// <see cref="TableIncludeObject.Metadata"/> (also when empty), <see cref="TableIncludeObject.Object"/>
    /// or <see cref="TableIncludeObject.None"/>. Null or empty list metadata fields are left out.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="includeObject"/> is none of the three values.</exception>
    public static JsonObject Build(
        ITablePrinter printer,
        IEnumerable<JsonObject> objects,
        string includeObject,
        string? resourceVersion,
        string? continueToken,
        long? remainingItemCount,
        DateTimeOffset now) =>
        Build(printer, objects, includeObject, resourceVersion, continueToken, remainingItemCount, now, includeColumnDefinitions: true);

    /// <summary>
    /// As above; with <paramref name="includeColumnDefinitions"/> false the Table carries
    /// <c>"columnDefinitions": null</c>, as upstream sends after the first event of a watch.
    /// </summary>
    public static JsonObject Build(
        ITablePrinter printer,
        IEnumerable<JsonObject> objects,
        string includeObject,
        string? resourceVersion,
        string? continueToken,
        long? remainingItemCount,
        DateTimeOffset now,
        bool includeColumnDefinitions)
    {
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(objects);
        if (!TableIncludeObject.IsValid(includeObject))
        {
            throw new ArgumentException(
                $"includeObject must be one of {TableIncludeObject.Metadata}, {TableIncludeObject.Object} or {TableIncludeObject.None}, not \"{includeObject}\".",
                nameof(includeObject));
        }

        var rows = new JsonArray();
        foreach (var obj in objects)
        {
            rows.Add(new JsonObject
            {
                ["cells"] = new JsonArray([.. printer.Cells(obj, now).Select(Cell)]),
                ["object"] = RowObject(obj, includeObject),
            });
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = ApiVersion,
            ["metadata"] = ListMeta(resourceVersion, continueToken, remainingItemCount),
            ["columnDefinitions"] = includeColumnDefinitions ? ColumnDefinitions(printer.Columns) : null,
            ["rows"] = rows,
        };
    }

    private static JsonObject ListMeta(string? resourceVersion, string? continueToken, long? remainingItemCount)
    {
        var metadata = new JsonObject();
        if (!string.IsNullOrEmpty(resourceVersion))
        {
            metadata["resourceVersion"] = resourceVersion;
        }

        if (!string.IsNullOrEmpty(continueToken))
        {
            metadata["continue"] = continueToken;
        }

        if (remainingItemCount is { } remaining)
        {
            metadata["remainingItemCount"] = remaining;
        }

        return metadata;
    }

    private static JsonArray ColumnDefinitions(IReadOnlyList<TableColumn> columns) =>
        new([.. columns.Select(column => (JsonNode)new JsonObject
        {
            ["name"] = column.Name,
            ["type"] = column.Type,
            ["format"] = column.Format,
            ["description"] = column.Description,
            ["priority"] = column.Priority,
        })]);

    private static JsonNode? RowObject(JsonObject obj, string includeObject) => includeObject switch
    {
        TableIncludeObject.Object => obj.DeepClone(),
        TableIncludeObject.None => null,
        _ => new JsonObject
        {
            ["kind"] = "PartialObjectMetadata",
            ["apiVersion"] = ApiVersion,
            ["metadata"] = obj["metadata"]?.DeepClone() ?? new JsonObject(),
        },
    };

    private static JsonNode? Cell(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        JsonNode node => node.DeepClone(),
        _ => throw new InvalidOperationException($"Unsupported table cell type {value.GetType()}."),
    };
}
