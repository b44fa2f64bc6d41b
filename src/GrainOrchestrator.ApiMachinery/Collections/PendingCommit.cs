using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>A commit waiting for the next batch write.</summary>
internal sealed class PendingCommit(CommitRequest request)
{
    public CommitRequest Request { get; } = request;

    public TaskCompletionSource<CommitResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long ResourceVersion { get; set; }

    public string? StampedJson { get; set; }
}
