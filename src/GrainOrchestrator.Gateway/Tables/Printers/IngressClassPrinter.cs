using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>IngressClasses: NAME CONTROLLER PARAMETERS AGE.</summary>
internal sealed class IngressClassPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Controller", "The controller that implements the class."),
        StandardColumns.Text("Parameters", "The resource holding the class's parameters, as Kind.group/name."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var parameters = "<none>";
        if (obj.Object("spec", "parameters") is { } reference)
        {
            parameters = reference.Text("kind");
            if (reference.String("apiGroup") is { } group)
            {
                parameters += "." + group;
            }

            parameters += "/" + reference.Text("name");
        }

        return [obj.Name(), obj.Text("spec", "controller"), parameters, obj.Age(now)];
    }
}
