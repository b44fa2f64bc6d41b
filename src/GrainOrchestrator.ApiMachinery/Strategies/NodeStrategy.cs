using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>core/v1 Node: cluster-scoped, allocatable defaults to capacity, taints validated.</summary>
public sealed class NodeStrategy : TypedStrategy<V1Node>
{
    private static readonly string[] TaintEffects = ["NoExecute", "NoSchedule", "PreferNoSchedule"];

    protected override bool Namespaced => false;

    protected override void Default(V1Node obj)
    {
        if (obj.Status?.Capacity is { } capacity && obj.Status.Allocatable is null)
        {
            obj.Status.Allocatable = new Dictionary<string, ResourceQuantity>(capacity);
        }
    }

    protected override IEnumerable<FieldError> Validate(V1Node obj)
    {
        var taints = obj.Spec?.Taints ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < taints.Count; i++)
        {
            var taint = taints[i];
            var path = FieldPath.New("spec", "taints").Index(i);
            foreach (var message in NameRules.IsQualifiedName(taint.Key ?? string.Empty))
            {
                yield return FieldErrors.Invalid(path.Child("key"), taint.Key, message);
            }

            foreach (var message in NameRules.IsValidLabelValue(taint.Value ?? string.Empty))
            {
                yield return FieldErrors.Invalid(path.Child("value"), taint.Value, message);
            }

            if (string.IsNullOrEmpty(taint.Effect))
            {
                yield return FieldErrors.Required(path.Child("effect"));
            }
            else if (!TaintEffects.Contains(taint.Effect))
            {
                yield return FieldErrors.NotSupported(path.Child("effect"), taint.Effect, TaintEffects);
            }

            if (!seen.Add(taint.Key + "\u0000" + taint.Effect))
            {
                yield return FieldErrors.Duplicate(path, taint.Key + ":" + taint.Effect) with { Detail = "taints must be unique by key and effect pair" };
            }
        }
    }
}
