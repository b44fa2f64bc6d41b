// Field numbers and JSON names of the scheduling.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class SchedulingV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "scheduling.v1.PriorityClass",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Int32(2, "value").KeepZeroValue(),
            Bool(3, "globalDefault"),
            Str(4, "description"),
            Str(5, "preemptionPolicy").KeepZeroValue());
    }
}
