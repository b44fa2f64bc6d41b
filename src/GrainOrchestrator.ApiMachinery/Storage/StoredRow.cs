namespace GrainOrchestrator.ApiMachinery.Storage;

/// <summary>One persisted object: its JSON already carries <see cref="ResourceVersion"/>.</summary>
public sealed record StoredRow(string Namespace, string Name, long ResourceVersion, string Json);
