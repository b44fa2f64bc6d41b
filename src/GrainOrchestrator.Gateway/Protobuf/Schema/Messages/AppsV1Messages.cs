// Field numbers and JSON names of the apps.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class AppsV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "apps.v1.DaemonSet",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "apps.v1.DaemonSetSpec"),
            Message(3, "status", "apps.v1.DaemonSetStatus"));
        yield return Define(
            "apps.v1.DaemonSetCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastTransitionTime"),
            Str(4, "reason"),
            Str(5, "message"));
        yield return Define(
            "apps.v1.DaemonSetSpec",
            Message(1, "selector", "meta.v1.LabelSelector"),
            Message(2, "template", "core.v1.PodTemplateSpec"),
            Message(3, "updateStrategy", "apps.v1.DaemonSetUpdateStrategy"),
            Int32(4, "minReadySeconds"),
            Int32(6, "revisionHistoryLimit").KeepZeroValue());
        yield return Define(
            "apps.v1.DaemonSetStatus",
            Int32(1, "currentNumberScheduled"),
            Int32(2, "numberMisscheduled"),
            Int32(3, "desiredNumberScheduled"),
            Int32(4, "numberReady"),
            Int64(5, "observedGeneration"),
            Int32(6, "updatedNumberScheduled"),
            Int32(7, "numberAvailable"),
            Int32(8, "numberUnavailable"),
            Int32(9, "collisionCount").KeepZeroValue(),
            Message(10, "conditions", "apps.v1.DaemonSetCondition").Repeated());
        yield return Define(
            "apps.v1.DaemonSetUpdateStrategy",
            Str(1, "type"),
            Message(2, "rollingUpdate", "apps.v1.RollingUpdateDaemonSet"));
        yield return Define(
            "apps.v1.Deployment",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "apps.v1.DeploymentSpec"),
            Message(3, "status", "apps.v1.DeploymentStatus"));
        yield return Define(
            "apps.v1.DeploymentCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(6, "lastUpdateTime"),
            Time(7, "lastTransitionTime"),
            Str(4, "reason"),
            Str(5, "message"));
        yield return Define(
            "apps.v1.DeploymentSpec",
            Int32(1, "replicas").KeepZeroValue(),
            Message(2, "selector", "meta.v1.LabelSelector"),
            Message(3, "template", "core.v1.PodTemplateSpec"),
            Message(4, "strategy", "apps.v1.DeploymentStrategy"),
            Int32(5, "minReadySeconds"),
            Int32(6, "revisionHistoryLimit").KeepZeroValue(),
            Bool(7, "paused"),
            Int32(9, "progressDeadlineSeconds").KeepZeroValue());
        yield return Define(
            "apps.v1.DeploymentStatus",
            Int64(1, "observedGeneration"),
            Int32(2, "replicas"),
            Int32(3, "updatedReplicas"),
            Int32(7, "readyReplicas"),
            Int32(4, "availableReplicas"),
            Int32(5, "unavailableReplicas"),
            Message(6, "conditions", "apps.v1.DeploymentCondition").Repeated(),
            Int32(8, "collisionCount").KeepZeroValue());
        yield return Define(
            "apps.v1.DeploymentStrategy",
            Str(1, "type"),
            Message(2, "rollingUpdate", "apps.v1.RollingUpdateDeployment"));
        yield return Define(
            "apps.v1.ReplicaSet",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "apps.v1.ReplicaSetSpec"),
            Message(3, "status", "apps.v1.ReplicaSetStatus"));
        yield return Define(
            "apps.v1.ReplicaSetCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastTransitionTime"),
            Str(4, "reason"),
            Str(5, "message"));
        yield return Define(
            "apps.v1.ReplicaSetSpec",
            Int32(1, "replicas").KeepZeroValue(),
            Int32(4, "minReadySeconds"),
            Message(2, "selector", "meta.v1.LabelSelector"),
            Message(3, "template", "core.v1.PodTemplateSpec"));
        yield return Define(
            "apps.v1.ReplicaSetStatus",
            Int32(1, "replicas"),
            Int32(2, "fullyLabeledReplicas"),
            Int32(4, "readyReplicas"),
            Int32(5, "availableReplicas"),
            Int64(3, "observedGeneration"),
            Message(6, "conditions", "apps.v1.ReplicaSetCondition").Repeated());
        yield return Define(
            "apps.v1.RollingUpdateDaemonSet",
            IntOrString(1, "maxUnavailable"),
            IntOrString(2, "maxSurge"));
        yield return Define(
            "apps.v1.RollingUpdateDeployment",
            IntOrString(1, "maxUnavailable"),
            IntOrString(2, "maxSurge"));
        yield return Define(
            "apps.v1.RollingUpdateStatefulSetStrategy",
            Int32(1, "partition").KeepZeroValue(),
            IntOrString(2, "maxUnavailable"));
        yield return Define(
            "apps.v1.StatefulSet",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "apps.v1.StatefulSetSpec"),
            Message(3, "status", "apps.v1.StatefulSetStatus"));
        yield return Define(
            "apps.v1.StatefulSetCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastTransitionTime"),
            Str(4, "reason"),
            Str(5, "message"));
        yield return Define(
            "apps.v1.StatefulSetOrdinals",
            Int32(1, "start"));
        yield return Define(
            "apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy",
            Str(1, "whenDeleted"),
            Str(2, "whenScaled"));
        yield return Define(
            "apps.v1.StatefulSetSpec",
            Int32(1, "replicas").KeepZeroValue(),
            Message(2, "selector", "meta.v1.LabelSelector"),
            Message(3, "template", "core.v1.PodTemplateSpec"),
            Message(4, "volumeClaimTemplates", "core.v1.PersistentVolumeClaim").Repeated(),
            Str(5, "serviceName"),
            Str(6, "podManagementPolicy"),
            Message(7, "updateStrategy", "apps.v1.StatefulSetUpdateStrategy"),
            Int32(8, "revisionHistoryLimit").KeepZeroValue(),
            Int32(9, "minReadySeconds"),
            Message(10, "persistentVolumeClaimRetentionPolicy", "apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy"),
            Message(11, "ordinals", "apps.v1.StatefulSetOrdinals"));
        yield return Define(
            "apps.v1.StatefulSetStatus",
            Int64(1, "observedGeneration"),
            Int32(2, "replicas"),
            Int32(3, "readyReplicas"),
            Int32(4, "currentReplicas"),
            Int32(5, "updatedReplicas"),
            Str(6, "currentRevision"),
            Str(7, "updateRevision"),
            Int32(9, "collisionCount").KeepZeroValue(),
            Message(10, "conditions", "apps.v1.StatefulSetCondition").Repeated(),
            Int32(11, "availableReplicas"));
        yield return Define(
            "apps.v1.StatefulSetUpdateStrategy",
            Str(1, "type"),
            Message(2, "rollingUpdate", "apps.v1.RollingUpdateStatefulSetStrategy"));
    }
}
