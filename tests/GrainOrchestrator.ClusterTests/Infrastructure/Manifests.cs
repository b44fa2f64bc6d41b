using System.Text.Json.Nodes;

namespace GrainOrchestrator.ClusterTests.Infrastructure;

/// <summary>Small manifests for tests.</summary>
internal static class Manifests
{
    public static string Namespace(string name) =>
        new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = name } }.ToJsonString();

    public static string ConfigMap(string name, string value = "v", JsonArray? ownerReferences = null, IDictionary<string, string>? labels = null)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (ownerReferences is not null)
        {
            metadata["ownerReferences"] = ownerReferences;
        }

        if (labels is not null)
        {
            metadata["labels"] = new JsonObject(labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value)));
        }

        return new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = metadata, ["data"] = new JsonObject { ["k"] = value } }.ToJsonString();
    }

    public static string Pod(string name, string? nodeName = null)
    {
        var spec = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = "busybox:1.36" }) };
        if (nodeName is not null)
        {
            spec["nodeName"] = nodeName;
        }

        return new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Pod", ["metadata"] = new JsonObject { ["name"] = name }, ["spec"] = spec }.ToJsonString();
    }

    public static string PodWithLabels(string name, IDictionary<string, string> labels, string? nodeName = null)
    {
        var pod = Parse(Pod(name, nodeName));
        pod["metadata"]!["labels"] = new JsonObject(labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value)));
        return pod.ToJsonString();
    }

    public static string Deployment(string name, int replicas = 1, string image = "busybox:1.36")
    {
        var labels = new JsonObject { ["app"] = name };
        return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = name },
            ["spec"] = new JsonObject
            {
                ["replicas"] = replicas,
                ["selector"] = new JsonObject { ["matchLabels"] = labels.DeepClone() },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = labels.DeepClone() },
                    ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = image }) },
                },
            },
        }.ToJsonString();
    }

    public static string Secret(string name) =>
        new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Secret", ["metadata"] = new JsonObject { ["name"] = name }, ["stringData"] = new JsonObject { ["k"] = "v" } }.ToJsonString();

    public static string Service(string name) =>
        new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Service",
            ["metadata"] = new JsonObject { ["name"] = name },
            ["spec"] = new JsonObject
            {
                ["selector"] = new JsonObject { ["app"] = name },
                ["ports"] = new JsonArray(new JsonObject { ["port"] = 80 }),
            },
        }.ToJsonString();

    public static JsonArray OwnedBy(string apiVersion, string kind, string name, string uid, bool blockOwnerDeletion = false) =>
    [
        new JsonObject
        {
            ["apiVersion"] = apiVersion,
            ["kind"] = kind,
            ["name"] = name,
            ["uid"] = uid,
            ["controller"] = true,
            ["blockOwnerDeletion"] = blockOwnerDeletion,
        },
    ];

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    public static string Uid(string json) => Parse(json)["metadata"]!["uid"]!.GetValue<string>();

    public static string Rv(string json) => Parse(json)["metadata"]!["resourceVersion"]!.GetValue<string>();
}
