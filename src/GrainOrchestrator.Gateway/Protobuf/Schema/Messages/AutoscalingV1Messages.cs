// Field numbers and JSON names of the autoscaling.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class AutoscalingV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "autoscaling.v1.CrossVersionObjectReference",
            Str(1, "kind"),
            Str(2, "name"),
            Str(3, "apiVersion"));
        yield return Define(
            "autoscaling.v1.HorizontalPodAutoscaler",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "autoscaling.v1.HorizontalPodAutoscalerSpec"),
            Message(3, "status", "autoscaling.v1.HorizontalPodAutoscalerStatus"));
        yield return Define(
            "autoscaling.v1.HorizontalPodAutoscalerSpec",
            Message(1, "scaleTargetRef", "autoscaling.v1.CrossVersionObjectReference"),
            Int32(2, "minReplicas").KeepZeroValue(),
            Int32(3, "maxReplicas"),
            Int32(4, "targetCPUUtilizationPercentage").KeepZeroValue());
        yield return Define(
            "autoscaling.v1.HorizontalPodAutoscalerStatus",
            Int64(1, "observedGeneration"),
            Time(2, "lastScaleTime"),
            Int32(3, "currentReplicas"),
            Int32(4, "desiredReplicas"),
            Int32(5, "currentCPUUtilizationPercentage"));
        yield return Define(
            "autoscaling.v1.Scale",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "autoscaling.v1.ScaleSpec"),
            Message(3, "status", "autoscaling.v1.ScaleStatus"));
        yield return Define(
            "autoscaling.v1.ScaleSpec",
            Int32(1, "replicas").KeepZeroValue());
        yield return Define(
            "autoscaling.v1.ScaleStatus",
            Int32(1, "replicas"),
            Str(2, "selector"));
    }
}
