using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.Gateway.Discovery;

/// <summary>Legacy (non-aggregated) discovery documents built from the kinds registry.</summary>
public sealed class DiscoveryDocuments(KindRegistry registry)
{
    /// <summary>Groups served beside the registry's kinds (review APIs answered by the gateway itself).</summary>
    public static readonly IReadOnlyList<(string Group, string Version, JsonObject[] Resources)> ExtraGroups =
    [
        ("authorization.k8s.io", "v1",
        [
            Resource("selfsubjectaccessreviews", "selfsubjectaccessreview", "SelfSubjectAccessReview", namespaced: false, ["create"]),
            Resource("selfsubjectrulesreviews", "selfsubjectrulesreview", "SelfSubjectRulesReview", namespaced: false, ["create"]),
        ]),
    ];

    public JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public JsonObject ApiGroupList()
    {
        var groups = new JsonArray();
        foreach (var (group, versions) in registry.Groups)
        {
            if (group.Length > 0)
            {
                groups.Add(Group(group, versions));
            }
        }

        foreach (var (group, version, _) in ExtraGroups)
        {
            groups.Add(Group(group, [version]));
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    public JsonObject? ApiGroup(string group)
    {
        if (registry.Groups.TryGetValue(group, out var versions) && group.Length > 0)
        {
            var g = Group(group, versions);
            g["kind"] = "APIGroup";
            g["apiVersion"] = "v1";
            return g;
        }

        var extra = ExtraGroups.FirstOrDefault(e => e.Group == group);
        if (extra.Group is null)
        {
            return null;
        }

        var doc = Group(extra.Group, [extra.Version]);
        doc["kind"] = "APIGroup";
        doc["apiVersion"] = "v1";
        return doc;
    }

    public JsonObject? ApiResourceList(string group, string version)
    {
        var groupVersion = group.Length == 0 ? version : $"{group}/{version}";
        var resources = new JsonArray();
        var extra = ExtraGroups.FirstOrDefault(e => e.Group == group && e.Version == version);
        if (extra.Group is not null)
        {
            foreach (var r in extra.Resources)
            {
                resources.Add(r.DeepClone());
            }
        }
        else
        {
            var kinds = registry.GetKinds(group, version);
            if (kinds.Count == 0)
            {
                return null;
            }

            foreach (var kind in kinds)
            {
                var resource = Resource(kind.Plural, kind.Singular, kind.Kind, kind.Namespaced, kind.Verbs);
                if (kind.ShortNames.Count > 0)
                {
                    resource["shortNames"] = new JsonArray([.. kind.ShortNames.Select(s => (JsonNode)JsonValue.Create(s)!)]);
                }

                if (kind.Categories.Count > 0)
                {
                    resource["categories"] = new JsonArray([.. kind.Categories.Select(s => (JsonNode)JsonValue.Create(s)!)]);
                }

                resources.Add(resource);
                foreach (var sub in kind.Subresources)
                {
                    resources.Add(Subresource(kind, sub));
                }

                if (kind.Kind == "Namespace" && group.Length == 0)
                {
                    resources.Add(Resource("namespaces/finalize", string.Empty, "Namespace", namespaced: false, ["update"]));
                }
            }
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = groupVersion,
            ["resources"] = resources,
        };
    }

    private static JsonObject Subresource(ResourceKind kind, string sub)
    {
        var name = $"{kind.Plural}/{sub}";
        return sub switch
        {
            "status" => Resource(name, string.Empty, kind.Kind, kind.Namespaced, ["get", "patch", "update"]),
            "scale" => WithGroup(Resource(name, string.Empty, "Scale", kind.Namespaced, ["get", "patch", "update"]), "autoscaling", "v1"),
            "eviction" => WithGroup(Resource(name, string.Empty, "Eviction", kind.Namespaced, ["create"]), "policy", "v1"),
            "binding" => Resource(name, string.Empty, "Binding", kind.Namespaced, ["create"]),
            "log" => Resource(name, string.Empty, "Pod", kind.Namespaced, ["get"]),
            "exec" => Resource(name, string.Empty, "PodExecOptions", kind.Namespaced, ["create", "get"]),
            _ => Resource(name, string.Empty, kind.Kind, kind.Namespaced, ["get"]),
        };
    }

    private static JsonObject WithGroup(JsonObject resource, string group, string version)
    {
        resource["group"] = group;
        resource["version"] = version;
        return resource;
    }

    private static JsonObject Resource(string name, string singular, string kind, bool namespaced, IEnumerable<string> verbs) => new()
    {
        ["name"] = name,
        ["singularName"] = singular,
        ["namespaced"] = namespaced,
        ["kind"] = kind,
        ["verbs"] = new JsonArray([.. verbs.Select(v => (JsonNode)JsonValue.Create(v)!)]),
    };

    private static JsonObject Group(string group, IReadOnlyList<string> versions)
    {
        var list = new JsonArray([.. versions.Select(v => (JsonNode)new JsonObject { ["groupVersion"] = $"{group}/{v}", ["version"] = v })]);
        return new JsonObject
        {
            ["name"] = group,
            ["versions"] = list,
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = $"{group}/{versions[0]}", ["version"] = versions[0] },
        };
    }
}
