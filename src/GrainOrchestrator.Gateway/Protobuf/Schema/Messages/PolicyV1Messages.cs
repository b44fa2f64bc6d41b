// Field numbers and JSON names of the policy.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class PolicyV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "policy.v1.Eviction",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "deleteOptions", "meta.v1.DeleteOptions"));
        yield return Define(
            "policy.v1.PodDisruptionBudget",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "policy.v1.PodDisruptionBudgetSpec"),
            Message(3, "status", "policy.v1.PodDisruptionBudgetStatus"));
        yield return Define(
            "policy.v1.PodDisruptionBudgetSpec",
            IntOrString(1, "minAvailable"),
            Message(2, "selector", "meta.v1.LabelSelector"),
            IntOrString(3, "maxUnavailable"),
            Str(4, "unhealthyPodEvictionPolicy").KeepZeroValue());
        yield return Define(
            "policy.v1.PodDisruptionBudgetStatus",
            Int64(1, "observedGeneration"),
            Time(2, "disruptedPods").Map(),
            Int32(3, "disruptionsAllowed"),
            Int32(4, "currentHealthy"),
            Int32(5, "desiredHealthy"),
            Int32(6, "expectedPods"),
            Message(7, "conditions", "meta.v1.Condition").Repeated());
    }
}
