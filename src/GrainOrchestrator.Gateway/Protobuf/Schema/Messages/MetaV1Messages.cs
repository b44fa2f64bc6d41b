// Field numbers and JSON names of the meta.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class MetaV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "meta.v1.Condition",
            Str(1, "type"),
            Str(2, "status"),
            Int64(3, "observedGeneration"),
            Time(4, "lastTransitionTime"),
            Str(5, "reason"),
            Str(6, "message"));
        yield return Define(
            "meta.v1.DeleteOptions",
            Int64(1, "gracePeriodSeconds"),
            Message(2, "preconditions", "meta.v1.Preconditions"),
            Bool(3, "orphanDependents"),
            Str(4, "propagationPolicy"),
            Str(5, "dryRun").Repeated(),
            Bool(6, "ignoreStoreReadErrorWithClusterBreakingPotential"));
        yield return Define(
            "meta.v1.FieldSelectorRequirement",
            Str(1, "key"),
            Str(2, "operator"),
            Str(3, "values").Repeated());
        yield return Define(
            "meta.v1.LabelSelector",
            Str(1, "matchLabels").Map(),
            Message(2, "matchExpressions", "meta.v1.LabelSelectorRequirement").Repeated());
        yield return Define(
            "meta.v1.LabelSelectorRequirement",
            Str(1, "key"),
            Str(2, "operator"),
            Str(3, "values").Repeated());
        yield return Define(
            "meta.v1.ManagedFieldsEntry",
            Str(1, "manager"),
            Str(2, "operation"),
            Str(3, "apiVersion"),
            Time(4, "time"),
            Str(6, "fieldsType"),
            RawJson(7, "fieldsV1"),
            Str(8, "subresource"));
        yield return Define(
            "meta.v1.ObjectMeta",
            Str(1, "name"),
            Str(2, "generateName"),
            Str(3, "namespace"),
            Str(4, "selfLink"),
            Str(5, "uid"),
            Str(6, "resourceVersion"),
            Int64(7, "generation"),
            Time(8, "creationTimestamp"),
            Time(9, "deletionTimestamp"),
            Int64(10, "deletionGracePeriodSeconds").KeepZeroValue(),
            Str(11, "labels").Map(),
            Str(12, "annotations").Map(),
            Message(13, "ownerReferences", "meta.v1.OwnerReference").Repeated(),
            Str(14, "finalizers").Repeated(),
            Message(17, "managedFields", "meta.v1.ManagedFieldsEntry").Repeated());
        yield return Define(
            "meta.v1.OwnerReference",
            Str(5, "apiVersion"),
            Str(1, "kind"),
            Str(3, "name"),
            Str(4, "uid"),
            Bool(6, "controller").KeepZeroValue(),
            Bool(7, "blockOwnerDeletion").KeepZeroValue());
        yield return Define(
            "meta.v1.Preconditions",
            Str(1, "uid"),
            Str(2, "resourceVersion"));
    }
}
