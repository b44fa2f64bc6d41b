namespace GrainOrchestrator.Gateway.Grpc.Services;

/// <summary>The objects of a manifest in apply order, or what is wrong with them (nothing is applied then).</summary>
public sealed record ApplyPlan(IReadOnlyList<PlannedApply> Objects, IReadOnlyList<(string Field, string Description)> Violations)
{
    public bool Ok => Violations.Count == 0;
}
