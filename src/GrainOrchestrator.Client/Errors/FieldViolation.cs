namespace GrainOrchestrator.Client.Errors;

/// <summary>One invalid field of a refused object: <c>spec.replicas</c> and why.</summary>
public sealed record FieldViolation(string Field, string Description);
