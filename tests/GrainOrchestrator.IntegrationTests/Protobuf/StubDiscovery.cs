using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.Protobuf;

/// <summary>The least discovery kubectl needs to map the generators' resources: /api, /apis and each group version.</summary>
internal static class StubDiscovery
{
    private static readonly (string GroupVersion, string Name, string Singular, bool Namespaced, string Kind)[] Resources =
    [
        ("v1", "namespaces", "namespace", false, "Namespace"),
        ("v1", "pods", "pod", true, "Pod"),
        ("v1", "services", "service", true, "Service"),
        ("v1", "configmaps", "configmap", true, "ConfigMap"),
        ("v1", "secrets", "secret", true, "Secret"),
        ("v1", "serviceaccounts", "serviceaccount", true, "ServiceAccount"),
        ("v1", "resourcequotas", "resourcequota", true, "ResourceQuota"),
        ("v1", "nodes", "node", false, "Node"),
        ("apps/v1", "deployments", "deployment", true, "Deployment"),
        ("batch/v1", "jobs", "job", true, "Job"),
        ("batch/v1", "cronjobs", "cronjob", true, "CronJob"),
        ("rbac.authorization.k8s.io/v1", "roles", "role", true, "Role"),
        ("rbac.authorization.k8s.io/v1", "rolebindings", "rolebinding", true, "RoleBinding"),
        ("rbac.authorization.k8s.io/v1", "clusterroles", "clusterrole", false, "ClusterRole"),
        ("rbac.authorization.k8s.io/v1", "clusterrolebindings", "clusterrolebinding", false, "ClusterRoleBinding"),
        ("networking.k8s.io/v1", "ingresses", "ingress", true, "Ingress"),
        ("policy/v1", "poddisruptionbudgets", "poddisruptionbudget", true, "PodDisruptionBudget"),
    ];

    /// <summary>The discovery document for a GET path, or null when the path is not a discovery path.</summary>
    public static JsonObject? Answer(string path)
    {
        if (path == "/api")
        {
            return new JsonObject { ["kind"] = "APIVersions", ["versions"] = new JsonArray("v1") };
        }

        if (path == "/apis")
        {
            return GroupList();
        }

        var groupVersion = path switch
        {
            "/api/v1" => "v1",
            _ when path.StartsWith("/apis/", StringComparison.Ordinal) => path["/apis/".Length..],
            _ => null,
        };
        return groupVersion is not null && Resources.Any(r => r.GroupVersion == groupVersion) ? ResourceList(groupVersion) : null;
    }

    private static JsonObject GroupList()
    {
        var groups = new JsonArray();
        foreach (var groupVersion in Resources.Select(r => r.GroupVersion).Where(gv => gv.Contains('/', StringComparison.Ordinal)).Distinct())
        {
            var version = new JsonObject { ["groupVersion"] = groupVersion, ["version"] = groupVersion.Split('/')[1] };
            groups.Add(new JsonObject
            {
                ["name"] = groupVersion.Split('/')[0],
                ["versions"] = new JsonArray(version.DeepClone()),
                ["preferredVersion"] = version,
            });
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    private static JsonObject ResourceList(string groupVersion)
    {
        var resources = new JsonArray();
        foreach (var resource in Resources.Where(r => r.GroupVersion == groupVersion))
        {
            resources.Add(new JsonObject
            {
                ["name"] = resource.Name,
                ["singularName"] = resource.Singular,
                ["namespaced"] = resource.Namespaced,
                ["kind"] = resource.Kind,
                ["verbs"] = new JsonArray("create", "delete", "get", "list", "patch", "update", "watch"),
            });
        }

        return new JsonObject { ["kind"] = "APIResourceList", ["apiVersion"] = "v1", ["groupVersion"] = groupVersion, ["resources"] = resources };
    }
}
