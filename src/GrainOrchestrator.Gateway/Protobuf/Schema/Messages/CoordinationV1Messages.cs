// Field numbers and JSON names of the coordination.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class CoordinationV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "coordination.v1.Lease",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "coordination.v1.LeaseSpec"));
        yield return Define(
            "coordination.v1.LeaseSpec",
            Str(1, "holderIdentity"),
            Int32(2, "leaseDurationSeconds").KeepZeroValue(),
            MicroTime(3, "acquireTime"),
            MicroTime(4, "renewTime"),
            Int32(5, "leaseTransitions").KeepZeroValue(),
            Str(6, "strategy"),
            Str(7, "preferredHolder"));
    }
}
