// Field numbers and JSON names of the rbac.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class RbacV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "rbac.v1.AggregationRule",
            Message(1, "clusterRoleSelectors", "meta.v1.LabelSelector").Repeated());
        yield return Define(
            "rbac.v1.ClusterRole",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "rules", "rbac.v1.PolicyRule").Repeated(),
            Message(3, "aggregationRule", "rbac.v1.AggregationRule"));
        yield return Define(
            "rbac.v1.ClusterRoleBinding",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "subjects", "rbac.v1.Subject").Repeated(),
            Message(3, "roleRef", "rbac.v1.RoleRef"));
        yield return Define(
            "rbac.v1.PolicyRule",
            Str(1, "verbs").Repeated(),
            Str(2, "apiGroups").Repeated(),
            Str(3, "resources").Repeated(),
            Str(4, "resourceNames").Repeated(),
            Str(5, "nonResourceURLs").Repeated());
        yield return Define(
            "rbac.v1.Role",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "rules", "rbac.v1.PolicyRule").Repeated());
        yield return Define(
            "rbac.v1.RoleBinding",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "subjects", "rbac.v1.Subject").Repeated(),
            Message(3, "roleRef", "rbac.v1.RoleRef"));
        yield return Define(
            "rbac.v1.RoleRef",
            Str(1, "apiGroup"),
            Str(2, "kind"),
            Str(3, "name"));
        yield return Define(
            "rbac.v1.Subject",
            Str(1, "kind"),
            Str(2, "apiGroup"),
            Str(3, "name"),
            Str(4, "namespace"));
    }
}
