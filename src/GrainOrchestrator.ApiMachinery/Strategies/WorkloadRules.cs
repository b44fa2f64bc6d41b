using System.Globalization;
using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>Rules shared by the kinds that own pods through a selector and a template.</summary>
internal static class WorkloadRules
{
    /// <summary>Upstream's (copy-pasted) wording for an empty selector on Deployment and ReplicaSet alike.</summary>
    public const string EmptySelectorDetail = "empty selector is invalid for deployment";

    public const string SelectorMismatchDetail = "`selector` does not match template `labels`";

    private const string PercentFmt = "[0-9]+%";

    public static IEnumerable<FieldError> NonNegative(long? value, FieldPath path) =>
        value is < 0 ? [FieldErrors.Invalid(path, value.Value, "must be greater than or equal to 0")] : [];

    /// <summary>The apps-group selector checks: required, non-empty, valid, matching the template labels.</summary>
    public static List<FieldError> ValidateSelector(V1LabelSelector? selector, V1PodTemplateSpec? template, FieldPath specPath)
    {
        var errors = new List<FieldError>();
        var selectorPath = specPath.Child("selector");
        if (selector is null)
        {
            errors.Add(FieldErrors.Required(selectorPath));
            return errors;
        }

        errors.AddRange(LabelSelectorValidation.Validate(selector, selectorPath));
        if (LabelSelectorValidation.IsEmpty(selector))
        {
            errors.Add(FieldErrors.InvalidStructure(selectorPath, "{}", EmptySelectorDetail));
        }
        else if (template is not null && !LabelSelectorValidation.Matches(selector, template.Metadata?.Labels))
        {
            errors.Add(FieldErrors.InvalidStructure(specPath.Child("template", "metadata", "labels"), RenderMap(template.Metadata?.Labels), SelectorMismatchDetail));
        }

        return errors;
    }

    /// <summary>Template metadata and pod spec; <paramref name="restartPolicies"/> limits the template's restart policy.</summary>
    public static List<FieldError> ValidateTemplate(V1PodTemplateSpec? template, FieldPath templatePath, IReadOnlyList<string> restartPolicies, bool allowActiveDeadline = false)
    {
        var errors = new List<FieldError>();
        if (template is null)
        {
            errors.Add(FieldErrors.Required(templatePath));
            return errors;
        }

        var metadataPath = templatePath.Child("metadata");
        errors.AddRange(MetadataValidation.ValidateLabels(template.Metadata?.Labels, metadataPath.Child("labels")));
        errors.AddRange(MetadataValidation.ValidateAnnotations(template.Metadata?.Annotations, metadataPath.Child("annotations")));
        var specPath = templatePath.Child("spec");
        errors.AddRange(PodSpecValidation.Validate(template.Spec, specPath));
        if (template.Spec is { } spec)
        {
            if (!string.IsNullOrEmpty(spec.RestartPolicy) && !restartPolicies.Contains(spec.RestartPolicy))
            {
                errors.Add(FieldErrors.NotSupported(specPath.Child("restartPolicy"), spec.RestartPolicy, [.. restartPolicies]));
            }

            if (!allowActiveDeadline && spec.ActiveDeadlineSeconds is not null)
            {
                errors.Add(FieldErrors.Forbidden(specPath.Child("activeDeadlineSeconds"), "activeDeadlineSeconds in ReplicaSet is not Supported"));
            }
        }

        return errors;
    }

    /// <summary>An int (≥ 0) or a percentage (≤ 100%), as used by rolling updates and disruption budgets.</summary>
    public static List<FieldError> ValidateIntOrPercent(IntOrString? value, FieldPath path)
    {
        var errors = new List<FieldError>();
        var text = value?.Value;
        if (string.IsNullOrEmpty(text))
        {
            return errors;
        }

        if (text.EndsWith('%'))
        {
            if (!int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent))
            {
                errors.Add(FieldErrors.Invalid(path, text, NameRules.RegexError("a valid percent string must be a numeric string followed by an ending '%'", PercentFmt, "1%", "93%")));
            }
            else if (percent > 100)
            {
                errors.Add(FieldErrors.Invalid(path, text, "must not be greater than 100%"));
            }
        }
        else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            errors.AddRange(NonNegative(number, path));
        }
        else
        {
            errors.Add(FieldErrors.Invalid(path, text, NameRules.RegexError("a valid percent string must be a numeric string followed by an ending '%'", PercentFmt, "1%", "93%")));
        }

        return errors;
    }

    /// <summary>True when an int-or-percent value is zero ("0" or "0%").</summary>
    public static bool IsZero(IntOrString? value) => value?.Value is "0" or "0%";

    public static string RenderMap(IDictionary<string, string>? map) =>
        "map[" + string.Join(" ", (map ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + p.Value)) + "]";
}
