using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>core/v1 ReplicationController: the selector (and object labels) default from the template labels.</summary>
public sealed class ReplicationControllerStrategy : TypedStrategy<V1ReplicationController>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");

    protected override void Default(V1ReplicationController obj)
    {
        var spec = obj.Spec ??= new V1ReplicationControllerSpec();
        if (spec.Template?.Metadata?.Labels is { } labels)
        {
            if (spec.Selector is null || spec.Selector.Count == 0)
            {
                spec.Selector = new Dictionary<string, string>(labels);
            }

            obj.Metadata ??= new V1ObjectMeta();
            if (obj.Metadata.Labels is null || obj.Metadata.Labels.Count == 0)
            {
                obj.Metadata.Labels = new Dictionary<string, string>(labels);
            }
        }

        spec.Replicas ??= 1;
        PodSpecDefaults.Apply(spec.Template?.Spec);
    }

    protected override IEnumerable<FieldError> Validate(V1ReplicationController obj)
    {
        var spec = obj.Spec ?? new V1ReplicationControllerSpec();
        var errors = new List<FieldError>();
        errors.AddRange(WorkloadRules.NonNegative(spec.Replicas, SpecPath.Child("replicas")));
        errors.AddRange(WorkloadRules.NonNegative(spec.MinReadySeconds, SpecPath.Child("minReadySeconds")));
        if (spec.Selector is null || spec.Selector.Count == 0)
        {
            errors.Add(FieldErrors.Required(SpecPath.Child("selector")));
        }
        else
        {
            errors.AddRange(MetadataValidation.ValidateLabels(spec.Selector, SpecPath.Child("selector")));
            var labels = spec.Template?.Metadata?.Labels ?? new Dictionary<string, string>();
            if (spec.Template is not null && spec.Selector.Any(p => !labels.TryGetValue(p.Key, out var v) || v != p.Value))
            {
                errors.Add(FieldErrors.InvalidStructure(SpecPath.Child("template", "metadata", "labels"), WorkloadRules.RenderMap(labels), WorkloadRules.SelectorMismatchDetail));
            }
        }

        errors.AddRange(WorkloadRules.ValidateTemplate(spec.Template, SpecPath.Child("template"), ["Always"]));
        return errors;
    }
}
