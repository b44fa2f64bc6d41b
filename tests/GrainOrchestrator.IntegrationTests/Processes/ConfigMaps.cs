using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.IntegrationTests.Processes;

/// <summary>ConfigMaps through the application layer, as a client of the real processes sees them.</summary>
internal static class ConfigMaps
{
    public const string Resource = "core/ConfigMap";
    public const string Namespace = "default";

    public static ResourceKind Kind { get; } = FindKind("ConfigMap");

    public static ResourceKind NamespaceKind { get; } = FindKind("Namespace");

    public static string Json(string name, string value) => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["data"] = new JsonObject { ["value"] = value },
    }.ToJsonString();

    public static Task<ApiResult> CreateAsync(ResourceApi api, string name, string value) =>
        api.CreateAsync(Kind, Namespace, Json(name, value));

    /// <summary>Every ConfigMap in <c>default</c>, by name.</summary>
    public static async Task<IReadOnlyDictionary<string, StoredConfigMap>> ListAsync(ResourceApi api)
    {
        var list = await api.ListAsync(Kind, new ListRequest { Namespace = Namespace });
        if (list.Error is not null)
        {
            throw new InvalidOperationException($"list failed: {list.Error.Code} {list.Error.Message}");
        }

        return list.Items.Select(Parse).ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    public static StoredConfigMap Parse(string json)
    {
        var obj = JsonNode.Parse(json)!.AsObject();
        var metadata = obj["metadata"]!.AsObject();
        return new StoredConfigMap(
            metadata["name"]!.GetValue<string>(),
            metadata["uid"]!.GetValue<string>(),
            obj["data"]?["value"]?.GetValue<string>());
    }

    /// <summary>Waits until the server has created the <c>default</c> namespace (it does so after start).</summary>
    public static Task WaitForDefaultNamespaceAsync(ResourceApi api, TimeSpan timeout) =>
        Infrastructure.Eventually.HoldsAsync(
            "namespace default exists",
            timeout,
            async () => (await api.GetAsync(NamespaceKind, null, Namespace)).Ok,
            async () => (await api.GetAsync(NamespaceKind, null, Namespace)).Error?.Message ?? "ok");

    private static ResourceKind FindKind(string name) =>
        KindRegistry.Default.TryGetByKind(string.Empty, name, out var kind) ? kind! : throw new InvalidOperationException($"kind {name} is not registered");
}
