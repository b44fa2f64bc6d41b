using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>apps/v1 Deployment.</summary>
public sealed class DeploymentStrategy : TypedStrategy<V1Deployment>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] StrategyTypes = ["Recreate", "RollingUpdate"];

    protected override void Default(V1Deployment obj)
    {
        var spec = obj.Spec ??= new V1DeploymentSpec();
        spec.Replicas ??= 1;
        spec.Strategy ??= new V1DeploymentStrategy();
        spec.Strategy.Type ??= "RollingUpdate";
        if (spec.Strategy.Type == "RollingUpdate")
        {
            spec.Strategy.RollingUpdate ??= new V1RollingUpdateDeployment();
            spec.Strategy.RollingUpdate.MaxUnavailable ??= "25%";
            spec.Strategy.RollingUpdate.MaxSurge ??= "25%";
        }

        spec.RevisionHistoryLimit ??= 10;
        spec.ProgressDeadlineSeconds ??= 600;
        PodSpecDefaults.Apply(spec.Template?.Spec);
    }

    protected override IEnumerable<FieldError> Validate(V1Deployment obj)
    {
        var spec = obj.Spec ?? new V1DeploymentSpec();
        var errors = new List<FieldError>();
        errors.AddRange(WorkloadRules.NonNegative(spec.Replicas, SpecPath.Child("replicas")));
        errors.AddRange(WorkloadRules.ValidateSelector(spec.Selector, spec.Template, SpecPath));
        errors.AddRange(WorkloadRules.ValidateTemplate(spec.Template, SpecPath.Child("template"), ["Always"]));
        errors.AddRange(ValidateStrategy(spec.Strategy, SpecPath.Child("strategy")));
        errors.AddRange(WorkloadRules.NonNegative(spec.MinReadySeconds, SpecPath.Child("minReadySeconds")));
        errors.AddRange(WorkloadRules.NonNegative(spec.RevisionHistoryLimit, SpecPath.Child("revisionHistoryLimit")));
        if (spec.ProgressDeadlineSeconds is { } deadline)
        {
            errors.AddRange(WorkloadRules.NonNegative(deadline, SpecPath.Child("progressDeadlineSeconds")));
            if (deadline <= (spec.MinReadySeconds ?? 0))
            {
                errors.Add(FieldErrors.Invalid(SpecPath.Child("progressDeadlineSeconds"), deadline, "must be greater than minReadySeconds"));
            }
        }

        return errors;
    }

    protected override IEnumerable<FieldError> ValidateUpdate(V1Deployment obj, V1Deployment old) =>
        FieldErrors.ImmutableJson(ToJson(obj.Spec?.Selector), ToJson(old.Spec?.Selector), SpecPath.Child("selector"));

    private static List<FieldError> ValidateStrategy(V1DeploymentStrategy? strategy, FieldPath path)
    {
        var errors = new List<FieldError>();
        if (strategy is null)
        {
            return errors;
        }

        if (string.IsNullOrEmpty(strategy.Type))
        {
            errors.Add(FieldErrors.Required(path.Child("type")));
        }
        else if (!StrategyTypes.Contains(strategy.Type))
        {
            errors.Add(FieldErrors.NotSupported(path.Child("type"), strategy.Type, StrategyTypes));
        }

        if (strategy.Type == "Recreate" && strategy.RollingUpdate is not null)
        {
            errors.Add(FieldErrors.Forbidden(path.Child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"));
        }

        if (strategy.Type == "RollingUpdate" && strategy.RollingUpdate is { } rolling)
        {
            var rollingPath = path.Child("rollingUpdate");
            errors.AddRange(WorkloadRules.ValidateIntOrPercent(rolling.MaxUnavailable, rollingPath.Child("maxUnavailable")));
            errors.AddRange(WorkloadRules.ValidateIntOrPercent(rolling.MaxSurge, rollingPath.Child("maxSurge")));
            if (WorkloadRules.IsZero(rolling.MaxUnavailable) && WorkloadRules.IsZero(rolling.MaxSurge))
            {
                errors.Add(FieldErrors.Invalid(rollingPath.Child("maxUnavailable"), rolling.MaxUnavailable!.Value, "may not be 0 when `maxSurge` is 0"));
            }
        }

        return errors;
    }
}
