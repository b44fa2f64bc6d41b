using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// batch/v1 Job. Unless <c>spec.manualSelector</c> is true, create generates the selector
/// (<c>batch.kubernetes.io/controller-uid</c>) and the template's job-name/controller-uid labels,
/// as upstream does. That needs <c>metadata.uid</c>: the machinery must assign the uid before
/// <see cref="IResourceStrategy.PrepareForCreate"/>; without one, generation is skipped and the
/// selector is left to the caller.
/// </summary>
public sealed class JobStrategy : TypedStrategy<V1Job>
{
    public const string ControllerUidLabel = "batch.kubernetes.io/controller-uid";
    public const string LegacyControllerUidLabel = "controller-uid";
    public const string JobNameLabel = "batch.kubernetes.io/job-name";
    public const string LegacyJobNameLabel = "job-name";

    private static readonly FieldPath SpecPath = FieldPath.New("spec");

    protected override void Default(V1Job obj)
    {
        var spec = obj.Spec ??= new V1JobSpec();
        JobSpecRules.Default(spec);
        obj.Metadata ??= new V1ObjectMeta();
        if (spec.Template?.Metadata?.Labels is { } labels && (obj.Metadata.Labels is null || obj.Metadata.Labels.Count == 0))
        {
            obj.Metadata.Labels = new Dictionary<string, string>(labels);
        }
    }

    protected override void OnCreate(V1Job obj)
    {
        var uid = obj.Metadata?.Uid;
        if (obj.Spec.ManualSelector == true || string.IsNullOrEmpty(uid))
        {
            return;
        }

        var template = obj.Spec.Template ??= new V1PodTemplateSpec();
        template.Metadata ??= new V1ObjectMeta();
        var labels = template.Metadata.Labels ??= new Dictionary<string, string>();
        labels.TryAdd(LegacyJobNameLabel, obj.Metadata!.Name ?? string.Empty);
        labels.TryAdd(JobNameLabel, obj.Metadata.Name ?? string.Empty);
        labels.TryAdd(LegacyControllerUidLabel, uid);
        labels.TryAdd(ControllerUidLabel, uid);
        obj.Spec.Selector ??= new V1LabelSelector();
        obj.Spec.Selector.MatchLabels ??= new Dictionary<string, string>();
        obj.Spec.Selector.MatchLabels.TryAdd(ControllerUidLabel, uid);
    }

    protected override IEnumerable<FieldError> Validate(V1Job obj)
    {
        var errors = JobSpecRules.Validate(obj.Spec, SpecPath);
        var uid = obj.Metadata?.Uid;
        if (obj.Spec?.ManualSelector != true && !string.IsNullOrEmpty(uid) && obj.Spec?.Selector is { } selector
            && (selector.MatchLabels is null || !selector.MatchLabels.TryGetValue(ControllerUidLabel, out var value) || value != uid))
        {
            errors.Add(FieldErrors.InvalidStructure(SpecPath.Child("selector"), ToJson(selector), "`selector` not auto-generated"));
        }

        return errors;
    }

    /// <summary>Selector, completion mode and template are immutable (upstream relaxes the template while suspended; we do not).</summary>
    protected override IEnumerable<FieldError> ValidateUpdate(V1Job obj, V1Job old)
    {
        var errors = new List<FieldError>();
        errors.AddRange(FieldErrors.ImmutableJson(ToJson(obj.Spec?.Selector), ToJson(old.Spec?.Selector), SpecPath.Child("selector")));
        errors.AddRange(FieldErrors.Immutable(obj.Spec?.CompletionMode, old.Spec?.CompletionMode, SpecPath.Child("completionMode")));
        errors.AddRange(FieldErrors.ImmutableJson(ToJson(obj.Spec?.Template), ToJson(old.Spec?.Template), SpecPath.Child("template")));
        return errors;
    }
}
