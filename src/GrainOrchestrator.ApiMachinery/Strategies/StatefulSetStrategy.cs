using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>apps/v1 StatefulSet. An empty <c>serviceName</c> is allowed (optional since 1.32's API).</summary>
public sealed class StatefulSetStrategy : TypedStrategy<V1StatefulSet>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] PodManagementPolicies = ["OrderedReady", "Parallel"];
    private static readonly string[] UpdateStrategyTypes = ["OnDelete", "RollingUpdate"];
    private static readonly string[] RetentionPolicies = ["Delete", "Retain"];

    protected override void Default(V1StatefulSet obj)
    {
        var spec = obj.Spec ??= new V1StatefulSetSpec();
        spec.PodManagementPolicy ??= "OrderedReady";
        spec.UpdateStrategy ??= new V1StatefulSetUpdateStrategy();
        spec.UpdateStrategy.Type ??= "RollingUpdate";
        if (spec.UpdateStrategy.Type == "RollingUpdate")
        {
            spec.UpdateStrategy.RollingUpdate ??= new V1RollingUpdateStatefulSetStrategy();
            spec.UpdateStrategy.RollingUpdate.Partition ??= 0;
        }

        spec.PersistentVolumeClaimRetentionPolicy ??= new V1StatefulSetPersistentVolumeClaimRetentionPolicy();
        spec.PersistentVolumeClaimRetentionPolicy.WhenDeleted ??= "Retain";
        spec.PersistentVolumeClaimRetentionPolicy.WhenScaled ??= "Retain";
        spec.Replicas ??= 1;
        spec.RevisionHistoryLimit ??= 10;
        PodSpecDefaults.Apply(spec.Template?.Spec);
        foreach (var claim in spec.VolumeClaimTemplates ?? [])
        {
            claim.Spec ??= new V1PersistentVolumeClaimSpec();
            claim.Spec.VolumeMode ??= "Filesystem";
        }
    }

    protected override IEnumerable<FieldError> Validate(V1StatefulSet obj)
    {
        var spec = obj.Spec ?? new V1StatefulSetSpec();
        var errors = new List<FieldError>();
        if (!PodManagementPolicies.Contains(spec.PodManagementPolicy))
        {
            errors.Add(FieldErrors.NotSupported(SpecPath.Child("podManagementPolicy"), spec.PodManagementPolicy, PodManagementPolicies));
        }

        var strategyPath = SpecPath.Child("updateStrategy");
        if (spec.UpdateStrategy is { } strategy)
        {
            if (!UpdateStrategyTypes.Contains(strategy.Type))
            {
                errors.Add(FieldErrors.NotSupported(strategyPath.Child("type"), strategy.Type, UpdateStrategyTypes));
            }

            if (strategy.Type == "OnDelete" && strategy.RollingUpdate is not null)
            {
                errors.Add(FieldErrors.Invalid(strategyPath.Child("rollingUpdate"), "OnDelete", "only allowed for updateStrategy 'RollingUpdate'"));
            }

            errors.AddRange(WorkloadRules.NonNegative(strategy.RollingUpdate?.Partition, strategyPath.Child("rollingUpdate", "partition")));
        }

        if (spec.PersistentVolumeClaimRetentionPolicy is { } retention)
        {
            var retentionPath = SpecPath.Child("persistentVolumeClaimRetentionPolicy");
            if (!RetentionPolicies.Contains(retention.WhenDeleted))
            {
                errors.Add(FieldErrors.NotSupported(retentionPath.Child("whenDeleted"), retention.WhenDeleted, RetentionPolicies));
            }

            if (!RetentionPolicies.Contains(retention.WhenScaled))
            {
                errors.Add(FieldErrors.NotSupported(retentionPath.Child("whenScaled"), retention.WhenScaled, RetentionPolicies));
            }
        }

        errors.AddRange(WorkloadRules.NonNegative(spec.Replicas, SpecPath.Child("replicas")));
        errors.AddRange(WorkloadRules.NonNegative(spec.MinReadySeconds, SpecPath.Child("minReadySeconds")));
        errors.AddRange(WorkloadRules.ValidateSelector(spec.Selector, spec.Template, SpecPath));
        errors.AddRange(WorkloadRules.ValidateTemplate(spec.Template, SpecPath.Child("template"), ["Always"]));
        return errors;
    }

    /// <summary>Only replicas, ordinals, template, updateStrategy, the PVC retention policy and minReadySeconds may change.</summary>
    protected override IEnumerable<FieldError> ValidateUpdate(V1StatefulSet obj, V1StatefulSet old)
    {
        var spec = k8s.KubernetesJson.Deserialize<V1StatefulSetSpec>(ToJson(obj.Spec ?? new V1StatefulSetSpec()));
        var oldSpec = old.Spec ?? new V1StatefulSetSpec();
        spec.Replicas = oldSpec.Replicas;
        spec.Ordinals = oldSpec.Ordinals;
        spec.Template = oldSpec.Template;
        spec.UpdateStrategy = oldSpec.UpdateStrategy;
        spec.PersistentVolumeClaimRetentionPolicy = oldSpec.PersistentVolumeClaimRetentionPolicy;
        spec.MinReadySeconds = oldSpec.MinReadySeconds;
        if (ToJson(spec) != ToJson(oldSpec))
        {
            return [FieldErrors.Forbidden(SpecPath, "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden")];
        }

        return [];
    }
}
