namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Namespace (empty for cluster-scoped) and name of one object.</summary>
[GenerateSerializer, Immutable]
public sealed record ObjectName([property: Id(0)] string Namespace, [property: Id(1)] string Name);
