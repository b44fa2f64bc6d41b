using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.Gateway.Grpc.Services;

/// <summary>One manifest object ready for server-side apply: its kind, where it goes and its body.</summary>
public sealed record PlannedApply(int Index, ResourceKind Kind, string? Namespace, string Name, JsonObject Object);
