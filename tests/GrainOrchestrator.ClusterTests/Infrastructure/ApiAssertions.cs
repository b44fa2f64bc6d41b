using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.ClusterTests.Infrastructure;

/// <summary>Assertions and shortcuts over <see cref="ResourceApi"/> with readable failure messages.</summary>
internal static class ApiAssertions
{
    public static JsonObject ShouldSucceed(this ApiResult result, string what)
    {
        result.Ok.ShouldBeTrue($"{what} failed: {result.Error}");
        return Manifests.Parse(result.Json!);
    }

    public static ApiError ShouldFail(this ApiResult result, int code, string reason, string what)
    {
        result.Ok.ShouldBeFalse($"{what} should have failed with {code} {reason} but succeeded: {result.Json}");
        result.Error!.Code.ShouldBe(code, $"{what}: {result.Error}");
        result.Error.Reason.ShouldBe(reason, $"{what}: {result.Error}");
        return result.Error;
    }

    /// <summary>A fresh namespace per test keeps tests independent.</summary>
    public static async Task<string> NewNamespaceAsync(this ResourceApi api, string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        (await api.CreateAsync(TestKinds.Namespace, null, Manifests.Namespace(name))).ShouldSucceed($"create namespace {name}");
        return name;
    }

    public static async Task<JsonObject> MustCreateAsync(this ResourceApi api, ResourceKind kind, string? ns, string json) =>
        (await api.CreateAsync(kind, ns, json)).ShouldSucceed($"create {kind.Kind} in {ns}");

    public static async Task<JsonObject> MustGetAsync(this ResourceApi api, ResourceKind kind, string? ns, string name) =>
        (await api.GetAsync(kind, ns, name)).ShouldSucceed($"get {kind.Kind} {ns}/{name}");

    public static async Task<bool> ExistsAsync(this ResourceApi api, ResourceKind kind, string? ns, string name)
    {
        var result = await api.GetAsync(kind, ns, name);
        if (!result.Ok && result.Error!.Code != 404)
        {
            throw new ShouldAssertException($"get {kind.Kind} {ns}/{name}: {result.Error}");
        }

        return result.Ok;
    }

    public static string Name(this JsonObject obj) => obj["metadata"]!["name"]!.GetValue<string>();

    public static string Uid(this JsonObject obj) => obj["metadata"]!["uid"]!.GetValue<string>();

    public static string Rv(this JsonObject obj) => obj["metadata"]!["resourceVersion"]!.GetValue<string>();

    public static long Generation(this JsonObject obj) => obj["metadata"]!["generation"]!.GetValue<long>();

    public static string? DeletionTimestamp(this JsonObject obj) => obj["metadata"]!["deletionTimestamp"]?.GetValue<string>();

    public static IReadOnlyList<string> Finalizers(this JsonObject obj) =>
        obj["metadata"]!["finalizers"] is JsonArray a ? a.Select(f => f!.GetValue<string>()).ToList() : [];
}
