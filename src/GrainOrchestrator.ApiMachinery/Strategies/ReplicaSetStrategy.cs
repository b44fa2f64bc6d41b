using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>apps/v1 ReplicaSet.</summary>
public sealed class ReplicaSetStrategy : TypedStrategy<V1ReplicaSet>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");

    protected override void Default(V1ReplicaSet obj)
    {
        var spec = obj.Spec ??= new V1ReplicaSetSpec();
        spec.Replicas ??= 1;
        PodSpecDefaults.Apply(spec.Template?.Spec);
    }

    protected override IEnumerable<FieldError> Validate(V1ReplicaSet obj)
    {
        var spec = obj.Spec ?? new V1ReplicaSetSpec();
        var errors = new List<FieldError>();
        errors.AddRange(WorkloadRules.NonNegative(spec.Replicas, SpecPath.Child("replicas")));
        errors.AddRange(WorkloadRules.NonNegative(spec.MinReadySeconds, SpecPath.Child("minReadySeconds")));
        errors.AddRange(WorkloadRules.ValidateSelector(spec.Selector, spec.Template, SpecPath));
        errors.AddRange(WorkloadRules.ValidateTemplate(spec.Template, SpecPath.Child("template"), ["Always"]));
        return errors;
    }

    protected override IEnumerable<FieldError> ValidateUpdate(V1ReplicaSet obj, V1ReplicaSet old) =>
        FieldErrors.ImmutableJson(ToJson(obj.Spec?.Selector), ToJson(old.Spec?.Selector), SpecPath.Child("selector"));
}
