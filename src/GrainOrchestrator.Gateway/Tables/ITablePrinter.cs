using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.Tables;

/// <summary>Server-side printing of one kind: its columns and the cells of one object's row.</summary>
public interface ITablePrinter
{
    /// <summary>Every column, including the priority-1 (wide) ones.</summary>
    IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>
    /// The cells of <paramref name="obj"/>'s row, one per column in <see cref="Columns"/> (wide ones
    /// included, as the apiserver always prints wide and kubectl hides priority 1). Cells are
    /// <see cref="string"/>, <see cref="long"/> or <see cref="bool"/>.
    /// </summary>
    IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now);
}
