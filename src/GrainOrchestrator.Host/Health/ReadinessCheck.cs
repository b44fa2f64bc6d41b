namespace GrainOrchestrator.Host.Health;

/// <summary>One named part of readiness.</summary>
public sealed record ReadinessCheck(string Name, bool Ok, string Detail);
