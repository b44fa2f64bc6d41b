using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>policy/v1 PodDisruptionBudget.</summary>
public sealed class PodDisruptionBudgetStrategy : TypedStrategy<V1PodDisruptionBudget>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] EvictionPolicies = ["AlwaysAllow", "IfHealthyBudget"];

    protected override IEnumerable<FieldError> Validate(V1PodDisruptionBudget obj)
    {
        var spec = obj.Spec ?? new V1PodDisruptionBudgetSpec();
        var errors = new List<FieldError>();
        if (spec.MinAvailable is not null && spec.MaxUnavailable is not null)
        {
            errors.Add(FieldErrors.Invalid(SpecPath.Child("minAvailable"), spec.MinAvailable.Value, "minAvailable and maxUnavailable cannot be both set"));
        }

        errors.AddRange(WorkloadRules.ValidateIntOrPercent(spec.MinAvailable, SpecPath.Child("minAvailable")));
        errors.AddRange(WorkloadRules.ValidateIntOrPercent(spec.MaxUnavailable, SpecPath.Child("maxUnavailable")));
        errors.AddRange(LabelSelectorValidation.Validate(spec.Selector, SpecPath.Child("selector")));
        if (spec.UnhealthyPodEvictionPolicy is { } policy && !EvictionPolicies.Contains(policy))
        {
            errors.Add(FieldErrors.NotSupported(SpecPath.Child("unhealthyPodEvictionPolicy"), policy, EvictionPolicies));
        }

        return errors;
    }
}
