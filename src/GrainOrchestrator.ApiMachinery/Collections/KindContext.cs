using System.Collections.Concurrent;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.ApiMachinery.Strategies;

namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>A served kind with its strategy, cached per collection key.</summary>
public sealed class KindContext
{
    private static readonly ConcurrentDictionary<string, KindContext> Cache = new(StringComparer.Ordinal);

    private KindContext(ResourceKind kind, IResourceStrategy strategy)
    {
        Kind = kind;
        Strategy = strategy;
        CollectionKey = ResourceKeys.Collection(kind.Group, kind.Kind);
    }

    public ResourceKind Kind { get; }

    public IResourceStrategy Strategy { get; }

    public string CollectionKey { get; }

    public static KindContext For(string group, string kind) => ForCollection(ResourceKeys.Collection(group, kind));

    public static KindContext ForCollection(string collectionKey) => Cache.GetOrAdd(collectionKey, static key =>
    {
        var (group, kind) = ResourceKeys.ParseCollection(key);
        if (!KindRegistry.Default.TryGetByKind(group, kind, out var resourceKind))
        {
            throw new ArgumentException($"kind {kind} in group '{group}' is not served", nameof(collectionKey));
        }

        return new KindContext(resourceKind!, ResourceStrategies.For(group, kind));
    });
}
