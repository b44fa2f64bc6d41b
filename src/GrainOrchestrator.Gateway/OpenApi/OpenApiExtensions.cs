using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>Names and builders of the Kubernetes OpenAPI vendor extensions.</summary>
internal static class OpenApiExtensions
{
    public const string GroupVersionKind = "x-kubernetes-group-version-kind";
    public const string Action = "x-kubernetes-action";
    public const string PreserveUnknownFields = "x-kubernetes-preserve-unknown-fields";
    public const string IntOrString = "x-kubernetes-int-or-string";

    /// <summary><c>{"group":…,"kind":…,"version":…}</c> (keys in upstream's order).</summary>
    public static JsonObject Gvk(string group, string version, string kind) =>
        new() { ["group"] = group, ["kind"] = kind, ["version"] = version };
}
