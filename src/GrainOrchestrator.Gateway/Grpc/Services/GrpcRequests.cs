using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Grpc.Errors;

namespace GrainOrchestrator.Gateway.Grpc.Services;

/// <summary>Reads the addressing fields every request has; bad ones become INVALID_ARGUMENT with a field violation.</summary>
internal static class GrpcRequests
{
    /// <summary>The namespace placeholder of transcoded URLs: none (cluster scope, or all namespaces).</summary>
    public const string NoNamespace = "-";

    public static ResourceKind Kind(KindRegistry kinds, string kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            throw GrpcErrors.InvalidRequest("kind is required", ("kind", "Required value"));
        }

        if (!kinds.TryResolve(kind, out var resolved))
        {
            throw GrpcErrors.InvalidRequest($"the server doesn't have a resource type \"{kind}\"", ("kind", $"Unsupported value: \"{kind}\""));
        }

        return resolved;
    }

    /// <summary>Null for cluster-scoped kinds and for "all namespaces"; required for one namespaced object.</summary>
    public static string? Namespace(ResourceKind kind, string? @namespace, bool required)
    {
        if (!kind.Namespaced)
        {
            return null;
        }

        var ns = string.IsNullOrEmpty(@namespace) || @namespace == NoNamespace ? null : @namespace;
        if (ns is null && required)
        {
            throw GrpcErrors.InvalidRequest($"a namespace is required for {kind.GroupResource}", ("namespace", "Required value"));
        }

        return ns;
    }

    public static string Name(string name, string field = "name")
    {
        if (string.IsNullOrEmpty(name))
        {
            throw GrpcErrors.InvalidRequest($"{field} is required", (field, "Required value"));
        }

        return name;
    }
}
