using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>autoscaling/v2 HorizontalPodAutoscaler: minReplicas 1 and an 80% CPU target by default.</summary>
public sealed class HorizontalPodAutoscalerStrategy : TypedStrategy<V2HorizontalPodAutoscaler>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");

    protected override void Default(V2HorizontalPodAutoscaler obj)
    {
        var spec = obj.Spec ??= new V2HorizontalPodAutoscalerSpec();
        spec.MinReplicas ??= 1;
        if (spec.Metrics is null || spec.Metrics.Count == 0)
        {
            spec.Metrics =
            [
                new V2MetricSpec
                {
                    Type = "Resource",
                    Resource = new V2ResourceMetricSource { Name = "cpu", Target = new V2MetricTarget { Type = "Utilization", AverageUtilization = 80 } },
                },
            ];
        }
    }

    protected override IEnumerable<FieldError> Validate(V2HorizontalPodAutoscaler obj)
    {
        var spec = obj.Spec ?? new V2HorizontalPodAutoscalerSpec();
        var target = spec.ScaleTargetRef;
        var refPath = SpecPath.Child("scaleTargetRef");
        if (string.IsNullOrEmpty(target?.Kind))
        {
            yield return FieldErrors.Required(refPath.Child("kind"));
        }

        if (string.IsNullOrEmpty(target?.Name))
        {
            yield return FieldErrors.Required(refPath.Child("name"));
        }

        if (spec.MinReplicas is { } min && min < 1)
        {
            yield return FieldErrors.Invalid(SpecPath.Child("minReplicas"), min, "must be greater than or equal to 1");
        }

        if (spec.MaxReplicas < 1)
        {
            yield return FieldErrors.Invalid(SpecPath.Child("maxReplicas"), spec.MaxReplicas, "must be greater than 0");
        }

        if (spec.MinReplicas is { } minimum && spec.MaxReplicas < minimum)
        {
            yield return FieldErrors.Invalid(SpecPath.Child("maxReplicas"), spec.MaxReplicas, "must be greater than or equal to `minReplicas`");
        }
    }
}
