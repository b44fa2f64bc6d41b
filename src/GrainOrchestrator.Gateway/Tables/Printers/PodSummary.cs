namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>What a pod row shows: ready/total containers, the STATUS reason and the restarts.</summary>
internal sealed record PodSummary(int Ready, int Total, string Reason, long Restarts, DateTimeOffset? LastRestart);
