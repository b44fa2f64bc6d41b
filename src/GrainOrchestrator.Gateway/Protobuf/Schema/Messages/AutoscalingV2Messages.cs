// Field numbers and JSON names of the autoscaling.v2 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class AutoscalingV2Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "autoscaling.v2.ContainerResourceMetricSource",
            Str(1, "name"),
            Message(2, "target", "autoscaling.v2.MetricTarget"),
            Str(3, "container"));
        yield return Define(
            "autoscaling.v2.ContainerResourceMetricStatus",
            Str(1, "name"),
            Message(2, "current", "autoscaling.v2.MetricValueStatus"),
            Str(3, "container"));
        yield return Define(
            "autoscaling.v2.CrossVersionObjectReference",
            Str(1, "kind"),
            Str(2, "name"),
            Str(3, "apiVersion"));
        yield return Define(
            "autoscaling.v2.ExternalMetricSource",
            Message(1, "metric", "autoscaling.v2.MetricIdentifier"),
            Message(2, "target", "autoscaling.v2.MetricTarget"));
        yield return Define(
            "autoscaling.v2.ExternalMetricStatus",
            Message(1, "metric", "autoscaling.v2.MetricIdentifier"),
            Message(2, "current", "autoscaling.v2.MetricValueStatus"));
        yield return Define(
            "autoscaling.v2.HPAScalingPolicy",
            Str(1, "type"),
            Int32(2, "value"),
            Int32(3, "periodSeconds"));
        yield return Define(
            "autoscaling.v2.HPAScalingRules",
            Int32(3, "stabilizationWindowSeconds").KeepZeroValue(),
            Str(1, "selectPolicy").KeepZeroValue(),
            Message(2, "policies", "autoscaling.v2.HPAScalingPolicy").Repeated());
        yield return Define(
            "autoscaling.v2.HorizontalPodAutoscaler",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "autoscaling.v2.HorizontalPodAutoscalerSpec"),
            Message(3, "status", "autoscaling.v2.HorizontalPodAutoscalerStatus"));
        yield return Define(
            "autoscaling.v2.HorizontalPodAutoscalerBehavior",
            Message(1, "scaleUp", "autoscaling.v2.HPAScalingRules"),
            Message(2, "scaleDown", "autoscaling.v2.HPAScalingRules"));
        yield return Define(
            "autoscaling.v2.HorizontalPodAutoscalerCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastTransitionTime"),
            Str(4, "reason"),
            Str(5, "message"));
        yield return Define(
            "autoscaling.v2.HorizontalPodAutoscalerSpec",
            Message(1, "scaleTargetRef", "autoscaling.v2.CrossVersionObjectReference"),
            Int32(2, "minReplicas").KeepZeroValue(),
            Int32(3, "maxReplicas"),
            Message(4, "metrics", "autoscaling.v2.MetricSpec").Repeated(),
            Message(5, "behavior", "autoscaling.v2.HorizontalPodAutoscalerBehavior"));
        yield return Define(
            "autoscaling.v2.HorizontalPodAutoscalerStatus",
            Int64(1, "observedGeneration"),
            Time(2, "lastScaleTime"),
            Int32(3, "currentReplicas"),
            Int32(4, "desiredReplicas"),
            Message(5, "currentMetrics", "autoscaling.v2.MetricStatus").Repeated(),
            Message(6, "conditions", "autoscaling.v2.HorizontalPodAutoscalerCondition").Repeated());
        yield return Define(
            "autoscaling.v2.MetricIdentifier",
            Str(1, "name"),
            Message(2, "selector", "meta.v1.LabelSelector"));
        yield return Define(
            "autoscaling.v2.MetricSpec",
            Str(1, "type"),
            Message(2, "object", "autoscaling.v2.ObjectMetricSource"),
            Message(3, "pods", "autoscaling.v2.PodsMetricSource"),
            Message(4, "resource", "autoscaling.v2.ResourceMetricSource"),
            Message(7, "containerResource", "autoscaling.v2.ContainerResourceMetricSource"),
            Message(5, "external", "autoscaling.v2.ExternalMetricSource"));
        yield return Define(
            "autoscaling.v2.MetricStatus",
            Str(1, "type"),
            Message(2, "object", "autoscaling.v2.ObjectMetricStatus"),
            Message(3, "pods", "autoscaling.v2.PodsMetricStatus"),
            Message(4, "resource", "autoscaling.v2.ResourceMetricStatus"),
            Message(7, "containerResource", "autoscaling.v2.ContainerResourceMetricStatus"),
            Message(5, "external", "autoscaling.v2.ExternalMetricStatus"));
        yield return Define(
            "autoscaling.v2.MetricTarget",
            Str(1, "type"),
            Quantity(2, "value"),
            Quantity(3, "averageValue"),
            Int32(4, "averageUtilization").KeepZeroValue());
        yield return Define(
            "autoscaling.v2.MetricValueStatus",
            Quantity(1, "value"),
            Quantity(2, "averageValue"),
            Int32(3, "averageUtilization"));
        yield return Define(
            "autoscaling.v2.ObjectMetricSource",
            Message(1, "describedObject", "autoscaling.v2.CrossVersionObjectReference"),
            Message(2, "target", "autoscaling.v2.MetricTarget"),
            Message(3, "metric", "autoscaling.v2.MetricIdentifier"));
        yield return Define(
            "autoscaling.v2.ObjectMetricStatus",
            Message(1, "metric", "autoscaling.v2.MetricIdentifier"),
            Message(2, "current", "autoscaling.v2.MetricValueStatus"),
            Message(3, "describedObject", "autoscaling.v2.CrossVersionObjectReference"));
        yield return Define(
            "autoscaling.v2.PodsMetricSource",
            Message(1, "metric", "autoscaling.v2.MetricIdentifier"),
            Message(2, "target", "autoscaling.v2.MetricTarget"));
        yield return Define(
            "autoscaling.v2.PodsMetricStatus",
            Message(1, "metric", "autoscaling.v2.MetricIdentifier"),
            Message(2, "current", "autoscaling.v2.MetricValueStatus"));
        yield return Define(
            "autoscaling.v2.ResourceMetricSource",
            Str(1, "name"),
            Message(2, "target", "autoscaling.v2.MetricTarget"));
        yield return Define(
            "autoscaling.v2.ResourceMetricStatus",
            Str(1, "name"),
            Message(2, "current", "autoscaling.v2.MetricValueStatus"));
    }
}
