using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// The apiserver's default table for kinds without a printer (Role, ClusterRole, LimitRange, custom
/// kinds): NAME and CREATED AT, the latter an RFC 3339 UTC timestamp typed "date".
/// </summary>
internal sealed class DefaultPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        new("Created At", StandardColumns.DateType, string.Empty, "When the object was created (metadata.creationTimestamp).", 0),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        // Go formats the zero time when the timestamp is unset.
        var created = obj.Time("metadata", "creationTimestamp") ?? DateTimeOffset.MinValue;
        return [obj.Name(), created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)];
    }
}
