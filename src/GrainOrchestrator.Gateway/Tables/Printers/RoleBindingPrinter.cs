using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// RoleBindings and ClusterRoleBindings: NAME ROLE AGE; wide USERS GROUPS SERVICEACCOUNTS
/// (service accounts as namespace/name, lists joined by ", ").
/// </summary>
internal sealed class RoleBindingPrinter(string bindingWord) : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Role", "The bound role, as Kind/name."),
        StandardColumns.Age,
        StandardColumns.Wide("Users", "Users the " + bindingWord + " binds."),
        StandardColumns.Wide("Groups", "Groups the " + bindingWord + " binds."),
        StandardColumns.Wide("ServiceAccounts", "Service accounts the " + bindingWord + " binds."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var subjects = obj.Objects("subjects");
        return
        [
            obj.Name(),
            obj.Text("roleRef", "kind") + "/" + obj.Text("roleRef", "name"),
            obj.Age(now),
            Join(subjects, "User", s => s.Text("name")),
            Join(subjects, "Group", s => s.Text("name")),
            Join(subjects, "ServiceAccount", s => s.Text("namespace") + "/" + s.Text("name")),
        ];
    }

    private static string Join(IReadOnlyList<JsonObject> subjects, string kind, Func<JsonObject, string> format) =>
        string.Join(", ", subjects.Where(s => s.Text("kind") == kind).Select(format));
}
