using System.Collections.Frozen;
using System.Reflection;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>Finds the KubernetesClient model type of an object from its apiVersion and kind,
/// through the <see cref="KubernetesEntityAttribute"/> the generated models carry.</summary>
internal static class KubernetesModelTypes
{
    private static readonly FrozenDictionary<string, Type> ByGroupVersionKind = typeof(V1Pod).Assembly.GetTypes()
        .Select(type => (Type: type, Entity: type.GetCustomAttribute<KubernetesEntityAttribute>()))
        .Where(pair => pair.Entity is { Kind: not null, ApiVersion: not null })
        .GroupBy(pair => Key(pair.Entity!.Group, pair.Entity.ApiVersion, pair.Entity.Kind), StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.First().Type, StringComparer.Ordinal);

    public static Type? Find(string? apiVersion, string? kind)
    {
        if (apiVersion is null || kind is null)
        {
            return null;
        }

        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var (group, version) = slash < 0 ? (string.Empty, apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
        return ByGroupVersionKind.GetValueOrDefault(Key(group, version, kind));
    }

    private static string Key(string? group, string version, string kind) => $"{group ?? string.Empty}/{version}/{kind}";
}
