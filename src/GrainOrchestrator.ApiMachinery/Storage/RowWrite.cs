namespace GrainOrchestrator.ApiMachinery.Storage;

/// <summary>Upsert (Json set) or removal (Json null) of one object row.</summary>
public sealed record RowWrite(string Namespace, string Name, long ResourceVersion, string? Json);
