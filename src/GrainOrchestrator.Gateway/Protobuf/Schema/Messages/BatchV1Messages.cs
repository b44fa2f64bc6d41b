// Field numbers and JSON names of the batch.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class BatchV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "batch.v1.CronJob",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "batch.v1.CronJobSpec"),
            Message(3, "status", "batch.v1.CronJobStatus"));
        yield return Define(
            "batch.v1.CronJobSpec",
            Str(1, "schedule"),
            Str(8, "timeZone").KeepZeroValue(),
            Int64(2, "startingDeadlineSeconds").KeepZeroValue(),
            Str(3, "concurrencyPolicy"),
            Bool(4, "suspend").KeepZeroValue(),
            Message(5, "jobTemplate", "batch.v1.JobTemplateSpec"),
            Int32(6, "successfulJobsHistoryLimit").KeepZeroValue(),
            Int32(7, "failedJobsHistoryLimit").KeepZeroValue());
        yield return Define(
            "batch.v1.CronJobStatus",
            Message(1, "active", "core.v1.ObjectReference").Repeated(),
            Time(4, "lastScheduleTime"),
            Time(5, "lastSuccessfulTime"));
        yield return Define(
            "batch.v1.Job",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "batch.v1.JobSpec"),
            Message(3, "status", "batch.v1.JobStatus"));
        yield return Define(
            "batch.v1.JobCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastProbeTime"),
            Time(4, "lastTransitionTime"),
            Str(5, "reason"),
            Str(6, "message"));
        yield return Define(
            "batch.v1.JobSpec",
            Int32(1, "parallelism").KeepZeroValue(),
            Int32(2, "completions").KeepZeroValue(),
            Int64(3, "activeDeadlineSeconds").KeepZeroValue(),
            Message(11, "podFailurePolicy", "batch.v1.PodFailurePolicy"),
            Message(16, "successPolicy", "batch.v1.SuccessPolicy"),
            Int32(7, "backoffLimit").KeepZeroValue(),
            Int32(12, "backoffLimitPerIndex").KeepZeroValue(),
            Int32(13, "maxFailedIndexes").KeepZeroValue(),
            Message(4, "selector", "meta.v1.LabelSelector"),
            Bool(5, "manualSelector").KeepZeroValue(),
            Message(6, "template", "core.v1.PodTemplateSpec"),
            Int32(8, "ttlSecondsAfterFinished").KeepZeroValue(),
            Str(9, "completionMode").KeepZeroValue(),
            Bool(10, "suspend").KeepZeroValue(),
            Str(14, "podReplacementPolicy").KeepZeroValue(),
            Str(15, "managedBy").KeepZeroValue());
        yield return Define(
            "batch.v1.JobStatus",
            Message(1, "conditions", "batch.v1.JobCondition").Repeated(),
            Time(2, "startTime"),
            Time(3, "completionTime"),
            Int32(4, "active"),
            Int32(5, "succeeded"),
            Int32(6, "failed"),
            Int32(11, "terminating").KeepZeroValue(),
            Str(7, "completedIndexes"),
            Str(10, "failedIndexes").KeepZeroValue(),
            Message(8, "uncountedTerminatedPods", "batch.v1.UncountedTerminatedPods"),
            Int32(9, "ready").KeepZeroValue());
        yield return Define(
            "batch.v1.JobTemplateSpec",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "batch.v1.JobSpec"));
        yield return Define(
            "batch.v1.PodFailurePolicy",
            Message(1, "rules", "batch.v1.PodFailurePolicyRule").Repeated());
        yield return Define(
            "batch.v1.PodFailurePolicyOnExitCodesRequirement",
            Str(1, "containerName").KeepZeroValue(),
            Str(2, "operator"),
            Int32(3, "values").Repeated());
        yield return Define(
            "batch.v1.PodFailurePolicyOnPodConditionsPattern",
            Str(1, "type"),
            Str(2, "status"));
        yield return Define(
            "batch.v1.PodFailurePolicyRule",
            Str(1, "action"),
            Message(2, "onExitCodes", "batch.v1.PodFailurePolicyOnExitCodesRequirement"),
            Message(3, "onPodConditions", "batch.v1.PodFailurePolicyOnPodConditionsPattern").Repeated());
        yield return Define(
            "batch.v1.SuccessPolicy",
            Message(1, "rules", "batch.v1.SuccessPolicyRule").Repeated());
        yield return Define(
            "batch.v1.SuccessPolicyRule",
            Str(1, "succeededIndexes").KeepZeroValue(),
            Int32(2, "succeededCount").KeepZeroValue());
        yield return Define(
            "batch.v1.UncountedTerminatedPods",
            Str(1, "succeeded").Repeated(),
            Str(2, "failed").Repeated());
    }
}
