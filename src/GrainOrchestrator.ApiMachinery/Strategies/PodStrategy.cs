using GrainOrchestrator.ApiMachinery.Validation;
using k8s;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>Pods: pod spec defaults, initial status, spec validation and the pod update rule.</summary>
public sealed class PodStrategy : TypedStrategy<V1Pod>
{
    /// <summary>Upstream's list of mutable pod spec fields, as printed in the update error.</summary>
    public const string UpdatableFields =
        "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`," +
        "`spec.tolerations` (only additions to existing tolerations)," +
        "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    private static readonly FieldPath SpecPath = FieldPath.New("spec");

    protected override void Default(V1Pod obj)
    {
        obj.Spec ??= new V1PodSpec();
        PodSpecDefaults.Apply(obj.Spec);
    }

    protected override void OnCreate(V1Pod obj)
    {
        // What the Priority admission plugin fills in when no priority class applies.
        if (string.IsNullOrEmpty(obj.Spec.PriorityClassName))
        {
            obj.Spec.Priority ??= 0;
        }

        obj.Spec.PreemptionPolicy ??= "PreemptLowerPriority";
        obj.Status = new V1PodStatus { Phase = "Pending", QosClass = QosClass.Of(obj.Spec) };
    }

    protected override void OnUpdate(V1Pod obj, V1Pod old)
    {
        // Admission-set fields are carried over so a client's update need not repeat them.
        if (obj.Spec is not null && old.Spec is not null)
        {
            obj.Spec.Priority ??= old.Spec.Priority;
            obj.Spec.PreemptionPolicy ??= old.Spec.PreemptionPolicy;
        }
    }

    protected override IEnumerable<FieldError> Validate(V1Pod obj) => PodSpecValidation.Validate(obj.Spec, SpecPath);

    protected override IEnumerable<FieldError> ValidateUpdate(V1Pod obj, V1Pod old)
    {
        var spec = obj.Spec ?? new V1PodSpec();
        var oldSpec = old.Spec ?? new V1PodSpec();
        if ((spec.Containers?.Count ?? 0) != (oldSpec.Containers?.Count ?? 0)
            || (spec.InitContainers?.Count ?? 0) != (oldSpec.InitContainers?.Count ?? 0))
        {
            return [FieldErrors.Forbidden(SpecPath.Child("containers"), "pod updates may not add or remove containers")];
        }

        var errors = new List<FieldError>();
        ValidateActiveDeadline(spec.ActiveDeadlineSeconds, oldSpec.ActiveDeadlineSeconds, errors);
        ValidateTolerationsOnlyAdded(spec.Tolerations, oldSpec.Tolerations, errors);
        ValidateGatesOnlyRemoved(spec.SchedulingGates, oldSpec.SchedulingGates, errors);

        // Munge the mutable fields of the new spec back to the old values; anything left is forbidden.
        var munged = KubernetesJson.Deserialize<V1PodSpec>(ToJson(spec));
        for (var i = 0; i < (munged.Containers?.Count ?? 0); i++)
        {
            munged.Containers![i].Image = oldSpec.Containers![i].Image;
        }

        for (var i = 0; i < (munged.InitContainers?.Count ?? 0); i++)
        {
            munged.InitContainers![i].Image = oldSpec.InitContainers![i].Image;
        }

        munged.ActiveDeadlineSeconds = oldSpec.ActiveDeadlineSeconds;
        munged.Tolerations = oldSpec.Tolerations;
        munged.TerminationGracePeriodSeconds = oldSpec.TerminationGracePeriodSeconds;
        munged.SchedulingGates = oldSpec.SchedulingGates;
        var changed = ChangedFields(munged, oldSpec);
        if (changed.Count > 0)
        {
            errors.Add(FieldErrors.Forbidden(SpecPath, $"pod updates may not change fields other than {UpdatableFields}\nchanged: {string.Join(", ", changed)}"));
        }

        return errors;
    }

    private static List<string> ChangedFields(V1PodSpec munged, V1PodSpec old)
    {
        var left = System.Text.Json.Nodes.JsonNode.Parse(ToJson(munged))!.AsObject();
        var right = System.Text.Json.Nodes.JsonNode.Parse(ToJson(old))!.AsObject();
        return left.Select(p => p.Key).Union(right.Select(p => p.Key))
            .Where(key => !System.Text.Json.Nodes.JsonNode.DeepEquals(left[key], right[key]))
            .Select(key => "spec." + key)
            .OrderBy(k => k, StringComparer.Ordinal)
            .ToList();
    }

    private static void ValidateActiveDeadline(long? value, long? old, List<FieldError> errors)
    {
        var path = SpecPath.Child("activeDeadlineSeconds");
        if (value is { } current)
        {
            if (old is { } previous && previous < current)
            {
                errors.Add(FieldErrors.Invalid(path, current, "must be less than or equal to previous value"));
            }
        }
        else if (old is not null)
        {
            errors.Add(FieldErrors.InvalidStructure(path, "null", "must not update from a positive integer to nil value"));
        }
    }

    private static void ValidateTolerationsOnlyAdded(IList<V1Toleration>? tolerations, IList<V1Toleration>? old, List<FieldError> errors)
    {
        static string Key(V1Toleration t) => $"{t.Key}\u0000{t.OperatorProperty}\u0000{t.Value}\u0000{t.Effect}";
        var present = (tolerations ?? []).Select(Key).ToHashSet(StringComparer.Ordinal);
        if ((old ?? []).Any(t => !present.Contains(Key(t))))
        {
            errors.Add(FieldErrors.Forbidden(SpecPath.Child("tolerations"), "existing toleration can not be modified except its tolerationSeconds"));
        }
    }

    private static void ValidateGatesOnlyRemoved(IList<V1PodSchedulingGate>? gates, IList<V1PodSchedulingGate>? old, List<FieldError> errors)
    {
        var previous = (old ?? []).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var gate in gates ?? [])
        {
            if (!previous.Contains(gate.Name))
            {
                errors.Add(FieldErrors.Forbidden(SpecPath.Child("schedulingGates"), $"only deletion is allowed, but found new scheduling gate '{gate.Name}'"));
            }
        }
    }
}
