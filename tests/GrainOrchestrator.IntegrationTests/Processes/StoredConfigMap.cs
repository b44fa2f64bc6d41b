namespace GrainOrchestrator.IntegrationTests.Processes;

/// <summary>What the tests compare of a ConfigMap: its name, uid and data value.</summary>
internal sealed record StoredConfigMap(string Name, string Uid, string? Value);
