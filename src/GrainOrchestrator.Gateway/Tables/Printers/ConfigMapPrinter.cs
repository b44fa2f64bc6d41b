using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>ConfigMaps: NAME DATA AGE (DATA counts data and binaryData keys).</summary>
internal sealed class ConfigMapPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Data", "Number of keys in data and binaryData."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
        [obj.Name(), obj.Count("data") + obj.Count("binaryData"), obj.Age(now)];
}
