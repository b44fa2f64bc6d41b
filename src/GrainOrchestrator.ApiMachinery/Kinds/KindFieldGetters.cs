using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>
/// Field selector getters of the built-in kinds: the fields upstream's registry strategies expose,
/// read from the object's wire JSON.
/// </summary>
public static class KindFieldGetters
{
    public const string MetadataName = "metadata.name";
    public const string MetadataNamespace = "metadata.namespace";

    /// <summary>What every kind supports: <c>metadata.name</c> and <c>metadata.namespace</c>.</summary>
    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Common { get; } = Build([]);

    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Pod { get; } = Build(
    [
        ("spec.nodeName", StringAt("spec", "nodeName")),
        ("spec.restartPolicy", StringAt("spec", "restartPolicy")),
        ("spec.schedulerName", StringAt("spec", "schedulerName")),
        ("spec.serviceAccountName", StringAt("spec", "serviceAccountName")),
        ("spec.hostNetwork", BooleanAt("spec", "hostNetwork")),
        ("status.phase", StringAt("status", "phase")),
        ("status.podIP", PodIp),
        ("status.nominatedNodeName", StringAt("status", "nominatedNodeName")),
    ]);

    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Node { get; } = Build(
    [
        ("spec.unschedulable", BooleanAt("spec", "unschedulable")),
    ]);

    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Event { get; } = Build(
    [
        ("involvedObject.kind", StringAt("involvedObject", "kind")),
        ("involvedObject.namespace", StringAt("involvedObject", "namespace")),
        ("involvedObject.name", StringAt("involvedObject", "name")),
        ("involvedObject.uid", StringAt("involvedObject", "uid")),
        ("involvedObject.apiVersion", StringAt("involvedObject", "apiVersion")),
        ("involvedObject.resourceVersion", StringAt("involvedObject", "resourceVersion")),
        ("involvedObject.fieldPath", StringAt("involvedObject", "fieldPath")),
        ("reason", StringAt("reason")),
        ("reportingComponent", StringAt("reportingComponent")),
        ("source", EventSource),
        ("type", StringAt("type")),
    ]);

    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Secret { get; } = Build(
    [
        ("type", StringAt("type")),
    ]);

    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Namespace { get; } = Build(
    [
        ("status.phase", StringAt("status", "phase")),
    ]);

    /// <summary>ReplicaSet and ReplicationController.</summary>
    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Replicated { get; } = Build(
    [
        ("status.replicas", IntegerAt("status", "replicas")),
    ]);

    /// <summary>Upstream names the field <c>status.successful</c> but reads <c>status.succeeded</c>.</summary>
    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Job { get; } = Build(
    [
        ("status.successful", IntegerAt("status", "succeeded")),
    ]);

    /// <summary>Common getters plus <paramref name="extra"/>, keyed by field path (ordinal).</summary>
    public static IReadOnlyDictionary<string, Func<JsonObject, string>> Build(
        IEnumerable<(string Field, Func<JsonObject, string> Getter)> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var all = new Dictionary<string, Func<JsonObject, string>>(StringComparer.Ordinal)
        {
            [MetadataName] = StringAt("metadata", "name"),
            [MetadataNamespace] = StringAt("metadata", "namespace"),
        };
        foreach (var (field, getter) in extra)
        {
            all.Add(field, getter);
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Func<JsonObject, string> StringAt(params string[] path) => obj => JsonFieldReader.ReadString(obj, path);

    public static Func<JsonObject, string> IntegerAt(params string[] path) => obj => JsonFieldReader.ReadInteger(obj, path);

    public static Func<JsonObject, string> BooleanAt(params string[] path) => obj => JsonFieldReader.ReadBoolean(obj, path);

    // Upstream reads the first of status.podIPs; v1 objects written by old clients may only carry status.podIP.
    private static string PodIp(JsonObject pod)
    {
        if (JsonFieldReader.Find(pod, ["status", "podIPs"]) is JsonArray { Count: > 0 } ips && ips[0] is JsonObject first)
        {
            return JsonFieldReader.ReadString(first, ["ip"]);
        }

        return JsonFieldReader.ReadString(pod, ["status", "podIP"]);
    }

    // Upstream: the legacy source.component, else the reporting controller.
    private static string EventSource(JsonObject ev)
    {
        var component = JsonFieldReader.ReadString(ev, ["source", "component"]);
        return component.Length > 0 ? component : JsonFieldReader.ReadString(ev, ["reportingComponent"]);
    }
}
