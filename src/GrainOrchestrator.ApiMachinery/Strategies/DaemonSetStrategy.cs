using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>apps/v1 DaemonSet.</summary>
public sealed class DaemonSetStrategy : TypedStrategy<V1DaemonSet>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] UpdateStrategyTypes = ["OnDelete", "RollingUpdate"];

    protected override void Default(V1DaemonSet obj)
    {
        var spec = obj.Spec ??= new V1DaemonSetSpec();
        spec.UpdateStrategy ??= new V1DaemonSetUpdateStrategy();
        spec.UpdateStrategy.Type ??= "RollingUpdate";
        if (spec.UpdateStrategy.Type == "RollingUpdate")
        {
            spec.UpdateStrategy.RollingUpdate ??= new V1RollingUpdateDaemonSet();
            spec.UpdateStrategy.RollingUpdate.MaxUnavailable ??= 1;
            spec.UpdateStrategy.RollingUpdate.MaxSurge ??= 0;
        }

        spec.RevisionHistoryLimit ??= 10;
        PodSpecDefaults.Apply(spec.Template?.Spec);
    }

    protected override IEnumerable<FieldError> Validate(V1DaemonSet obj)
    {
        var spec = obj.Spec ?? new V1DaemonSetSpec();
        var errors = new List<FieldError>();
        errors.AddRange(WorkloadRules.ValidateSelector(spec.Selector, spec.Template, SpecPath));
        errors.AddRange(WorkloadRules.ValidateTemplate(spec.Template, SpecPath.Child("template"), ["Always"]));
        errors.AddRange(WorkloadRules.NonNegative(spec.MinReadySeconds, SpecPath.Child("minReadySeconds")));
        errors.AddRange(WorkloadRules.NonNegative(spec.RevisionHistoryLimit, SpecPath.Child("revisionHistoryLimit")));
        var strategyPath = SpecPath.Child("updateStrategy");
        if (spec.UpdateStrategy is { } strategy)
        {
            if (!UpdateStrategyTypes.Contains(strategy.Type))
            {
                errors.Add(FieldErrors.NotSupported(strategyPath.Child("type"), strategy.Type, UpdateStrategyTypes));
            }

            if (strategy.Type == "RollingUpdate" && strategy.RollingUpdate is { } rolling)
            {
                var rollingPath = strategyPath.Child("rollingUpdate");
                errors.AddRange(WorkloadRules.ValidateIntOrPercent(rolling.MaxUnavailable, rollingPath.Child("maxUnavailable")));
                errors.AddRange(WorkloadRules.ValidateIntOrPercent(rolling.MaxSurge, rollingPath.Child("maxSurge")));
                if (WorkloadRules.IsZero(rolling.MaxUnavailable) && WorkloadRules.IsZero(rolling.MaxSurge))
                {
                    errors.Add(FieldErrors.Invalid(rollingPath.Child("maxUnavailable"), rolling.MaxUnavailable!.Value, "may not be 0 when `maxSurge` is 0"));
                }
            }
        }

        return errors;
    }

    protected override IEnumerable<FieldError> ValidateUpdate(V1DaemonSet obj, V1DaemonSet old) =>
        FieldErrors.ImmutableJson(ToJson(obj.Spec?.Selector), ToJson(old.Spec?.Selector), SpecPath.Child("selector"));
}
