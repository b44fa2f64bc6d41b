using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// Nodes: NAME STATUS ROLES AGE VERSION; wide INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION
/// CONTAINER-RUNTIME.
/// </summary>
internal sealed class NodePrinter : ITablePrinter
{
    private const string RolePrefix = "node-role.kubernetes.io/";
    private const string RoleLabel = "kubernetes.io/role";

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Status", "The status of the node."),
        StandardColumns.Text("Roles", "The roles of the node."),
        StandardColumns.Age,
        StandardColumns.Text("Version", "The kubelet version the node reports."),
        StandardColumns.Wide("Internal-IP", "The node's first internal IP."),
        StandardColumns.Wide("External-IP", "The node's first external IP."),
        StandardColumns.Wide("OS-Image", "The node's operating system image."),
        StandardColumns.Wide("Kernel-Version", "The node's kernel version."),
        StandardColumns.Wide("Container-Runtime", "The node's container runtime and version."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var info = obj.Object("status", "nodeInfo");
        return
        [
            obj.Name(),
            Status(obj),
            Roles(obj),
            obj.Age(now),
            info.Text("kubeletVersion"),
            Address(obj, "InternalIP"),
            Address(obj, "ExternalIP"),
            OrUnknown(info.Text("osImage")),
            OrUnknown(info.Text("kernelVersion")),
            OrUnknown(info.Text("containerRuntimeVersion")),
        ];
    }

    /// <summary>"Ready" / "NotReady" from the Ready condition ("Unknown" without one), then ",SchedulingDisabled".</summary>
    private static string Status(JsonObject node)
    {
        // The last condition of a type wins, as upstream builds a map by type.
        var ready = node.Objects("status", "conditions").LastOrDefault(c => c.Text("type") == "Ready");
        var status = ready is null ? "Unknown" : ready.Text("status") == "True" ? "Ready" : "NotReady";
        return node.Bool("spec", "unschedulable") == true ? status + ",SchedulingDisabled" : status;
    }

    /// <summary>Roles from node-role.kubernetes.io/&lt;role&gt; keys and the kubernetes.io/role value, sorted.</summary>
    private static string Roles(JsonObject node)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Object("metadata", "labels") ?? [])
        {
            if (key.StartsWith(RolePrefix, StringComparison.Ordinal) && key.Length > RolePrefix.Length)
            {
                roles.Add(key[RolePrefix.Length..]);
            }
            else if (key == RoleLabel && value.Text() is { Length: > 0 } role)
            {
                roles.Add(role);
            }
        }

        return roles.Count == 0 ? "<none>" : string.Join(',', roles);
    }

    private static string Address(JsonObject node, string type) =>
        node.Objects("status", "addresses").FirstOrDefault(a => a.Text("type") == type)?.Text("address") ?? "<none>";

    private static string OrUnknown(string value) => value.Length == 0 ? "<unknown>" : value;
}
