using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>ServiceAccounts: NAME SECRETS AGE (the v1.32 columns; later releases drop SECRETS).</summary>
internal sealed class ServiceAccountPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Secrets", "Number of secrets listed in the service account."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
        [obj.Name(), obj.Count("secrets"), obj.Age(now)];
}
