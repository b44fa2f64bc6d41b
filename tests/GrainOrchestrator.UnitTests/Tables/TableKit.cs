using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Tables;

namespace GrainOrchestrator.UnitTests.Tables;

/// <summary>Helpers for printer tests: a fixed clock, JSON objects and cells by column name.</summary>
internal static class TableKit
{
    /// <summary>The "now" of every test; objects are created relative to it.</summary>
    public static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>An RFC 3339 timestamp <paramref name="ago"/> before <see cref="Now"/>.</summary>
    public static string Ago(TimeSpan ago) => (Now - ago).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static ITablePrinter Printer(string group, string kind)
    {
        KindRegistry.Default.TryGetByKind(group, kind, out var resourceKind).ShouldBeTrue();
        return TablePrinters.For(resourceKind!);
    }

    /// <summary>The object's cells keyed by column name (every column, wide ones too).</summary>
    public static IReadOnlyDictionary<string, object?> Row(ITablePrinter printer, JsonObject obj)
    {
        var cells = printer.Cells(obj, Now);
        cells.Count.ShouldBe(printer.Columns.Count);
        return printer.Columns.Select((column, i) => (column.Name, Cell: cells[i])).ToDictionary(p => p.Name, p => p.Cell);
    }

    public static IReadOnlyDictionary<string, object?> Row(string group, string kind, string json) =>
        Row(Printer(group, kind), Parse(json));

    public static IReadOnlyDictionary<string, object?> Row(string group, string kind, JsonObject obj) =>
        Row(Printer(group, kind), obj);

    /// <summary>An object named <paramref name="name"/> with the given spec and status JSON (left out when null).</summary>
    public static JsonObject Make(string name, string? spec = null, string? status = null)
    {
        var obj = new JsonObject { ["metadata"] = new JsonObject { ["name"] = name } };
        if (spec is not null)
        {
            obj["spec"] = JsonNode.Parse(spec);
        }

        if (status is not null)
        {
            obj["status"] = JsonNode.Parse(status);
        }

        return obj;
    }

    /// <summary>Sets a top-level (or metadata, with "metadata." prefix) field from JSON text.</summary>
    public static JsonObject With(this JsonObject obj, string field, string json)
    {
        if (field.StartsWith("metadata.", StringComparison.Ordinal))
        {
            obj["metadata"]![field["metadata.".Length..]] = JsonNode.Parse(json);
        }
        else
        {
            obj[field] = JsonNode.Parse(json);
        }

        return obj;
    }

    /// <summary>"NAME:0,READY:0,…" — column names with priorities, for compact column assertions.</summary>
    public static string Layout(ITablePrinter printer) =>
        string.Join(",", printer.Columns.Select(c => c.Name + ":" + c.Priority));
}
