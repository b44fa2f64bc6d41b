using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>
/// A parsed resource URL: <c>/api/v1/…</c> or <c>/apis/{group}/{version}/…</c> followed by
/// <c>[namespaces/{ns}/]{plural}[/{name}[/{subresource}]]</c>.
/// </summary>
public sealed record ResourcePath(ResourceKind Kind, string? Namespace, string? Name, string? Subresource)
{
    /// <summary>The one subresource that is served without being listed on the kind (namespaces/{name}/finalize).</summary>
    public const string NamespaceFinalize = "finalize";

    public bool IsCollection => Name is null;

    /// <summary>Parses the segments after the group version; null with a message when the path names nothing we serve.</summary>
    public static ResourcePath? TryParse(KindRegistry registry, string group, string version, IReadOnlyList<string> segments, out string? error)
    {
        error = null;
        if (segments.Count == 0)
        {
            error = "the server could not find the requested resource";
            return null;
        }

        string? ns = null;
        var rest = segments;

        // namespaces/{ns}/{plural}/… is a namespaced resource; namespaces/{name}[/sub] is the Namespace itself.
        if (group.Length == 0 && segments[0] == "namespaces" && segments.Count >= 3
            && registry.TryGetByPlural(group, version, segments[2], out var nsKind) && nsKind!.Namespaced)
        {
            ns = segments[1];
            rest = segments.Skip(2).ToList();
        }
        else if (group.Length > 0 && segments[0] == "namespaces" && segments.Count >= 3)
        {
            ns = segments[1];
            rest = segments.Skip(2).ToList();
        }

        if (!registry.TryGetByPlural(group, version, rest[0], out var kind))
        {
            error = "the server could not find the requested resource";
            return null;
        }

        if (kind!.Namespaced != (ns is not null) && rest.Count > 1)
        {
            // A namespaced kind addressed without a namespace can only be listed (across namespaces).
            error = "the server could not find the requested resource";
            return null;
        }

        return rest.Count switch
        {
            1 => new ResourcePath(kind, ns, null, null),
            2 => new ResourcePath(kind, ns, rest[1], null),
            3 when Serves(kind, rest[2]) => new ResourcePath(kind, ns, rest[1], rest[2]),
            _ => Fail(out error),
        };

        // Only the subresources the kind has: without this, configmaps/x/eviction deleted the
        // ConfigMap, configmaps/x/scale answered a Scale and namespaces/x/widgets answered 405.
        static bool Serves(ResourceKind kind, string subresource) =>
            kind.HasSubresource(subresource) || (subresource == NamespaceFinalize && kind.Group.Length == 0 && kind.Kind == "Namespace");

        static ResourcePath? Fail(out string? error)
        {
            error = "the server could not find the requested resource";
            return null;
        }
    }
}
