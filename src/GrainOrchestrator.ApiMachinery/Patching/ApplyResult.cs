using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>The outcome of a server-side apply. With conflicts (and no force) <see cref="Result"/> is the live
/// object unchanged and the caller answers 409 with <see cref="ApplyConflict.Describe"/>.</summary>
public sealed record ApplyResult(JsonObject Result, IReadOnlyList<ApplyConflict> Conflicts)
{
    public bool Succeeded => Conflicts.Count == 0;
}
