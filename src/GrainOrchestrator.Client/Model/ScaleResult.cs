namespace GrainOrchestrator.Client.Model;

/// <summary>The scale subresource after a change: desired and observed replicas.</summary>
public sealed record ScaleResult(int Replicas, int StatusReplicas, string Selector, string ResourceVersion);
