// Field numbers and JSON names of the authentication.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class AuthenticationV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "authentication.v1.BoundObjectReference",
            Str(1, "kind"),
            Str(2, "apiVersion"),
            Str(3, "name"),
            Str(4, "uid"));
        yield return Define(
            "authentication.v1.TokenRequest",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "authentication.v1.TokenRequestSpec"),
            Message(3, "status", "authentication.v1.TokenRequestStatus"));
        yield return Define(
            "authentication.v1.TokenRequestSpec",
            Str(1, "audiences").Repeated(),
            Int64(4, "expirationSeconds").KeepZeroValue(),
            Message(3, "boundObjectRef", "authentication.v1.BoundObjectReference"));
        yield return Define(
            "authentication.v1.TokenRequestStatus",
            Str(1, "token"),
            Time(2, "expirationTimestamp"));
    }
}
