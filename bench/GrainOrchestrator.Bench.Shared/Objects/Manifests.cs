using System.Globalization;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.Bench.Shared.Objects;

/// <summary>The small objects the scenarios write: ConfigMaps of about 250 bytes, and namespaces.</summary>
public static class Manifests
{
    public static string ObjectName(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:D6}");

    /// <param name="value">The value of data key <c>key</c>; an apply that changes it is a real update.</param>
    public static string ConfigMap(string name, string value = "value") => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject
        {
            ["name"] = name,
            ["labels"] = new JsonObject { ["app"] = "bench", ["tier"] = "load" },
        },
        ["data"] = new JsonObject { ["key"] = value, ["config.yaml"] = "replicas: 3\nmode: bench\n" },
    }.ToJsonString();

    /// <summary>A merge patch that changes one data value (an update that really changes the object).</summary>
    public static string DataPatch(int i) => new JsonObject
    {
        ["data"] = new JsonObject { ["key"] = DataValue(i) },
    }.ToJsonString();

    /// <summary>The value <see cref="DataPatch"/> sets; distinct numbers give distinct values.</summary>
    public static string DataValue(int i) => string.Create(CultureInfo.InvariantCulture, $"value-{i}");

    public static string Namespace(string name) => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Namespace",
        ["metadata"] = new JsonObject { ["name"] = name },
    }.ToJsonString();
}
