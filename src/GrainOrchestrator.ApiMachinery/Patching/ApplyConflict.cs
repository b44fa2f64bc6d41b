namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>A field the applier wants to set to a value other than the one that another manager owns.</summary>
/// <param name="Manager">The manager that owns the field now.</param>
/// <param name="ApiVersion">The API version that manager wrote with.</param>
/// <param name="Field">The field as upstream prints it, e.g. <c>.spec.replicas</c>.</param>
public sealed record ApplyConflict(string Manager, string? ApiVersion, string Field)
{
    /// <summary>The message upstream answers with (409 Conflict, reason Conflict) for a failed apply.</summary>
    public static string Describe(IReadOnlyList<ApplyConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        var lines = conflicts.Select(c => $"conflict with \"{c.Manager}\"{(c.ApiVersion is null ? string.Empty : " using " + c.ApiVersion)}: {c.Field}");
        return conflicts.Count == 1
            ? $"Apply failed with 1 conflict: {lines.Single()}"
            : $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
    }
}
