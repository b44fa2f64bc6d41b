using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>
/// The served kinds and their lookups (by REST plural, by kind, by apiVersion + kind, by short name).
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class KindRegistry
{
    private readonly FrozenDictionary<(string Group, string Version, string Plural), ResourceKind> _byPlural;
    private readonly FrozenDictionary<(string Group, string Kind), ResourceKind> _byGroupKind;
    private readonly FrozenDictionary<(string Group, string Version, string Kind), ResourceKind> _byGroupVersionKind;
    private readonly FrozenDictionary<string, ResourceKind> _byShortName;
    private readonly FrozenDictionary<string, ResourceKind> _byName;

    /// <summary>Builds a registry; throws <see cref="ArgumentException"/> on duplicate plurals, kinds or short names.</summary>
    public KindRegistry(IEnumerable<ResourceKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        All = [.. kinds];

        var byPlural = new Dictionary<(string, string, string), ResourceKind>();
        var byGroupKind = new Dictionary<(string, string), ResourceKind>();
        var byGroupVersionKind = new Dictionary<(string, string, string), ResourceKind>();
        var byShortName = new Dictionary<string, ResourceKind>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var kind in All)
        {
            AddUnique(byPlural, (kind.Group, kind.Version, kind.Plural), kind, "resource");
            AddUnique(byGroupVersionKind, (kind.Group, kind.Version, kind.Kind), kind, "kind");

            // The first version registered for a group-kind is the one TryGetByKind answers with.
            byGroupKind.TryAdd((kind.Group, kind.Kind), kind);
            foreach (var shortName in kind.ShortNames)
            {
                AddUnique(byShortName, shortName, kind, "short name");
            }

            if (!groups.TryGetValue(kind.Group, out var versions))
            {
                versions = [];
                groups.Add(kind.Group, versions);
            }

            if (!versions.Contains(kind.Version, StringComparer.Ordinal))
            {
                versions.Add(kind.Version);
            }
        }

        _byPlural = byPlural.ToFrozenDictionary();
        _byGroupKind = byGroupKind.ToFrozenDictionary();
        _byGroupVersionKind = byGroupVersionKind.ToFrozenDictionary();
        _byShortName = byShortName.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = BuildNameIndex(All);
        GroupNames = [.. groups.Keys];
        Groups = groups.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Value], StringComparer.Ordinal);
    }

    /// <summary>Every built-in kind (see the list in the architecture page).</summary>
    public static KindRegistry Default { get; } = new(BuiltInKinds.All);

    /// <summary>Every kind, in registration order.</summary>
    public IReadOnlyList<ResourceKind> All { get; }

    /// <summary>Group ("" for core) → its versions, the preferred (first registered) version first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; }

    /// <summary>Group names in registration order ("" for core first when core kinds come first).</summary>
    public IReadOnlyList<string> GroupNames { get; }

    /// <summary>Kinds served under one group version, in registration order (for discovery documents).</summary>
    public IReadOnlyList<ResourceKind> GetKinds(string group, string version) =>
        [.. All.Where(k => string.Equals(k.Group, group, StringComparison.Ordinal) && string.Equals(k.Version, version, StringComparison.Ordinal))];

    /// <summary>The kind served at <c>/apis/{group}/{version}/…/{plural}</c> (core: group "").</summary>
    public bool TryGetByPlural(string group, string version, string plural, [NotNullWhen(true)] out ResourceKind? kind) =>
        _byPlural.TryGetValue((group, version, plural), out kind);

    /// <summary>The kind named <paramref name="kind"/> in <paramref name="group"/>, whatever its version.</summary>
    public bool TryGetByKind(string group, string kind, [NotNullWhen(true)] out ResourceKind? resourceKind) =>
        _byGroupKind.TryGetValue((group, kind), out resourceKind);

    /// <summary>The kind for an object's <c>apiVersion</c> ("v1", "apps/v1") and <c>kind</c>.</summary>
    public bool TryGetByApiVersionKind(string apiVersion, string kind, [NotNullWhen(true)] out ResourceKind? resourceKind)
    {
        ArgumentNullException.ThrowIfNull(apiVersion);
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? string.Empty : apiVersion[..slash];
        var version = slash < 0 ? apiVersion : apiVersion[(slash + 1)..];
        return _byGroupVersionKind.TryGetValue((group, version, kind), out resourceKind);
    }

    /// <summary>The kind with this short name ("po", "deploy").</summary>
    public bool TryGetByShortName(string shortName, [NotNullWhen(true)] out ResourceKind? kind) =>
        _byShortName.TryGetValue(shortName, out kind);

    /// <summary>
    /// Resolves what a person types (kubectl style, case-insensitive): a plural, singular, short name
    /// or kind, optionally qualified by group ("deployments.apps", "deploy.apps").
    /// </summary>
    public bool TryResolve(string name, [NotNullWhen(true)] out ResourceKind? kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name.ToLowerInvariant(), out kind);
    }

    private static FrozenDictionary<string, ResourceKind> BuildNameIndex(IReadOnlyList<ResourceKind> kinds)
    {
        // Earlier kinds win a clash, so core names keep priority as kubectl gives them.
        var byName = new Dictionary<string, ResourceKind>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            string[] names = [kind.Plural, kind.Singular, kind.Kind.ToLowerInvariant(), .. kind.ShortNames];
            foreach (var name in names)
            {
                byName.TryAdd(name, kind);
                if (kind.Group.Length > 0)
                {
                    byName.TryAdd(name + "." + kind.Group, kind);
                }
            }
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddUnique<TKey>(Dictionary<TKey, ResourceKind> index, TKey key, ResourceKind kind, string what)
        where TKey : notnull
    {
        if (!index.TryAdd(key, kind))
        {
            throw new ArgumentException($"Duplicate {what} {key} for {kind} (already used by {index[key]}).", nameof(kind));
        }
    }
}
