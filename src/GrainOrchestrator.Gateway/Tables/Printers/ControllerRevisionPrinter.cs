using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>ControllerRevisions: NAME CONTROLLER REVISION AGE (controller as "daemonset.apps/name").</summary>
internal sealed class ControllerRevisionPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Controller", "The object that controls the revision, as kind.group/name."),
        StandardColumns.Text("Revision", "The revision number."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
        [obj.Name(), Controller(obj), obj.Long("revision") ?? 0, obj.Age(now)];

    private static string Controller(JsonObject revision)
    {
        var owner = revision.Objects("metadata", "ownerReferences").FirstOrDefault(o => o.Bool("controller") == true);
        if (owner is null)
        {
            return "<none>";
        }

        // The group of "apps/v1" is "apps"; of "v1" it is "" and the kind stands alone.
        var apiVersion = owner.Text("apiVersion");
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? string.Empty : apiVersion[..slash];
        var kind = owner.Text("kind");
        var name = owner.Text("name");
        if (kind.Length == 0 && group.Length == 0)
        {
            return name;
        }

        var groupKind = group.Length == 0 ? kind : kind + "." + group;
        return groupKind.ToLowerInvariant() + "/" + name;
    }
}
