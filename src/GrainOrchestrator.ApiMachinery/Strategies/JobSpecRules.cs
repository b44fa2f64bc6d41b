using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>batch/v1 JobSpec defaulting and validation, shared by Job and CronJob's job template.</summary>
internal static class JobSpecRules
{
    private static readonly string[] RestartPolicies = ["OnFailure", "Never"];
    private static readonly string[] CompletionModes = ["NonIndexed", "Indexed"];
    private static readonly string[] ReplacementPolicies = ["Failed", "TerminatingOrFailed"];

    /// <summary>SetDefaults_Job for the spec part.</summary>
    public static void Default(V1JobSpec spec)
    {
        // A non-parallel job may leave both unset; then both become 1.
        if (spec.Completions is null && spec.Parallelism is null)
        {
            spec.Completions = 1;
            spec.Parallelism = 1;
        }

        spec.Parallelism ??= 1;
        spec.BackoffLimit ??= spec.BackoffLimitPerIndex is null ? 6 : int.MaxValue;
        spec.CompletionMode ??= "NonIndexed";
        spec.Suspend ??= false;
        spec.PodReplacementPolicy ??= spec.PodFailurePolicy is null ? "TerminatingOrFailed" : "Failed";
        PodSpecDefaults.Apply(spec.Template?.Spec);
    }

    public static List<FieldError> Validate(V1JobSpec? spec, FieldPath path)
    {
        spec ??= new V1JobSpec();
        var errors = new List<FieldError>();
        errors.AddRange(WorkloadRules.NonNegative(spec.Parallelism, path.Child("parallelism")));
        errors.AddRange(WorkloadRules.NonNegative(spec.Completions, path.Child("completions")));
        errors.AddRange(WorkloadRules.NonNegative(spec.ActiveDeadlineSeconds, path.Child("activeDeadlineSeconds")));
        errors.AddRange(WorkloadRules.NonNegative(spec.BackoffLimit, path.Child("backoffLimit")));
        errors.AddRange(WorkloadRules.NonNegative(spec.TtlSecondsAfterFinished, path.Child("ttlSecondsAfterFinished")));
        if (spec.CompletionMode is { } mode)
        {
            if (!CompletionModes.Contains(mode))
            {
                errors.Add(FieldErrors.NotSupported(path.Child("completionMode"), mode, CompletionModes));
            }
            else if (mode == "Indexed" && spec.Completions is null)
            {
                errors.Add(FieldErrors.Required(path.Child("completions"), "when completion mode is Indexed"));
            }
        }

        if (spec.PodReplacementPolicy is { } replacement && !ReplacementPolicies.Contains(replacement))
        {
            errors.Add(FieldErrors.NotSupported(path.Child("podReplacementPolicy"), replacement, ReplacementPolicies));
        }

        if (spec.Selector is not null)
        {
            errors.AddRange(LabelSelectorValidation.Validate(spec.Selector, path.Child("selector")));
            if (spec.Template is not null && !LabelSelectorValidation.Matches(spec.Selector, spec.Template.Metadata?.Labels))
            {
                errors.Add(FieldErrors.InvalidStructure(path.Child("template", "metadata", "labels"), WorkloadRules.RenderMap(spec.Template.Metadata?.Labels), WorkloadRules.SelectorMismatchDetail));
            }
        }
        else if (spec.ManualSelector == true)
        {
            errors.Add(FieldErrors.Required(path.Child("selector")));
        }

        errors.AddRange(WorkloadRules.ValidateTemplate(spec.Template, path.Child("template"), RestartPolicies, allowActiveDeadline: true));
        return errors;
    }
}
