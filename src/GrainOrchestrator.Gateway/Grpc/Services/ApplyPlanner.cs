using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Rest;

namespace GrainOrchestrator.Gateway.Grpc.Services;

/// <summary>
/// Checks every manifest object before any is applied (known apiVersion/kind, a name, a
/// consistent namespace, no unknown fields, as kubectl's default strict validation) and orders
/// Namespaces first so that objects can land in a namespace the same manifest creates.
/// Violations name the object as <c>documents[i]</c>.
/// </summary>
public static class ApplyPlanner
{
    public const string DefaultNamespace = "default";

    public static ApplyPlan Plan(IReadOnlyList<JsonObject> documents, KindRegistry kinds, string? requestNamespace)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(kinds);
        var planned = new List<PlannedApply>();
        var violations = new List<(string, string)>();
        for (var i = 0; i < documents.Count; i++)
        {
            var obj = documents[i];
            var at = $"documents[{i}]";
            var apiVersion = Text(obj["apiVersion"]);
            var kindName = Text(obj["kind"]);
            if (string.IsNullOrEmpty(apiVersion) || string.IsNullOrEmpty(kindName))
            {
                if (string.IsNullOrEmpty(apiVersion))
                {
                    violations.Add(($"{at}.apiVersion", Missing(obj["apiVersion"])));
                }

                if (string.IsNullOrEmpty(kindName))
                {
                    violations.Add(($"{at}.kind", Missing(obj["kind"])));
                }

                continue;
            }

            if (!kinds.TryGetByApiVersionKind(apiVersion, kindName, out var kind))
            {
                violations.Add(($"{at}.kind", $"no matches for kind \"{kindName}\" in version \"{apiVersion}\""));
                continue;
            }

            if (obj["metadata"] is not JsonObject metadata)
            {
                violations.Add(($"{at}.metadata", obj["metadata"] is null ? "Required value" : "Invalid value: must be an object"));
                continue;
            }

            var name = Text(metadata["name"]);
            if (string.IsNullOrEmpty(name))
            {
                violations.Add(($"{at}.metadata.name", "Required value: name is required for apply"));
                continue;
            }

            foreach (var unknown in UnknownFields.Find(obj, kind.ModelType))
            {
                violations.Add(($"{at}.{unknown}", $"unknown field \"{unknown}\""));
            }

            if (TypedDecoding.Check(obj, kind.ModelType) is { } wrongType)
            {
                violations.Add((wrongType.Field.Length == 0 ? at : $"{at}.{wrongType.Field}", wrongType.Description));
                continue;
            }

            string? ns = null;
            if (kind.Namespaced)
            {
                var own = Text(metadata["namespace"]);
                var asked = string.IsNullOrEmpty(requestNamespace) ? null : requestNamespace;
                if (!string.IsNullOrEmpty(own) && asked is not null && own != asked)
                {
                    violations.Add(($"{at}.metadata.namespace", $"the namespace from the provided object \"{own}\" does not match the namespace \"{asked}\" of the request"));
                    continue;
                }

                ns = string.IsNullOrEmpty(own) ? asked ?? DefaultNamespace : own;
                var copy = obj.DeepClone().AsObject();
                ((JsonObject)copy["metadata"]!)["namespace"] = ns;
                obj = copy;
            }

            planned.Add(new PlannedApply(i, kind, ns, name, obj));
        }

        // Stable: Namespaces first, everything else in manifest order.
        var ordered = planned.OrderBy(p => IsNamespace(p.Kind) ? 0 : 1).ToList();
        return new ApplyPlan(ordered, violations);
    }

    private static string Missing(JsonNode? node) => node is null ? "Required value" : "Invalid value: must be a non-empty string";

    private static bool IsNamespace(ResourceKind kind) => kind.Group.Length == 0 && kind.Kind == "Namespace";

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
