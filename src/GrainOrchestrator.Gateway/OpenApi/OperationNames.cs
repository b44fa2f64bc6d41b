using System.Globalization;
using System.Text;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>Upstream's operation ids and tags: <c>listCoreV1NamespacedPod</c>, <c>apps_v1</c>.</summary>
internal static class OperationNames
{
    /// <summary>"" → Core, "apps" → Apps, "rbac.authorization.k8s.io" → RbacAuthorization.</summary>
    public static string GroupPascal(string group)
    {
        if (group.Length == 0)
        {
            return "Core";
        }

        var trimmed = group.EndsWith(".k8s.io", StringComparison.Ordinal) ? group[..^".k8s.io".Length] : group;
        var builder = new StringBuilder();
        foreach (var part in trimmed.Split('.', '-'))
        {
            if (part.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
            }
        }

        return builder.ToString();
    }

    /// <summary>"core_v1", "apps_v1", "rbacAuthorization_v1".</summary>
    public static string Tag(string group, string version)
    {
        var pascal = GroupPascal(group);
        return char.ToLowerInvariant(pascal[0]) + pascal[1..] + "_" + version;
    }

    /// <summary>e.g. ("patch", "", "v1", namespaced: true, "Pod", "Status") → patchCoreV1NamespacedPodStatus.</summary>
    public static string Id(string verb, string group, string version, bool namespaced, string kind, string suffix = "") =>
        verb + GroupPascal(group) + char.ToUpper(version[0], CultureInfo.InvariantCulture) + version[1..] +
        (namespaced ? "Namespaced" : string.Empty) + kind + suffix;
}
