using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Objects;

/// <summary>Either remove the object now, or store <see cref="Updated"/> (deletionTimestamp, finalizers) and wait.</summary>
public sealed record DeletionPlan(bool RemoveNow, JsonObject? Updated);
