using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>metav1.LabelSelector validation and matching (what workload kinds need for selector/template checks).</summary>
public static class LabelSelectorValidation
{
    public static IEnumerable<FieldError> Validate(V1LabelSelector? selector, FieldPath path)
    {
        if (selector is null)
        {
            yield break;
        }

        foreach (var error in MetadataValidation.ValidateLabels(selector.MatchLabels, path.Child("matchLabels")))
        {
            yield return error;
        }

        var expressions = selector.MatchExpressions ?? [];
        for (var i = 0; i < expressions.Count; i++)
        {
            var expression = expressions[i];
            var expressionPath = path.Child("matchExpressions").Index(i);
            var values = expression.Values ?? [];
            switch (expression.OperatorProperty)
            {
                case "In" or "NotIn":
                    if (values.Count == 0)
                    {
                        yield return FieldErrors.Required(expressionPath.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'");
                    }

                    break;
                case "Exists" or "DoesNotExist":
                    if (values.Count > 0)
                    {
                        yield return FieldErrors.Forbidden(expressionPath.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                    }

                    break;
                default:
                    yield return FieldErrors.Invalid(expressionPath.Child("operator"), expression.OperatorProperty, "not a valid selector operator");
                    break;
            }

            foreach (var message in NameRules.IsQualifiedName(expression.Key ?? string.Empty))
            {
                yield return FieldErrors.Invalid(expressionPath.Child("key"), expression.Key, message);
            }
        }
    }

    /// <summary>True when the selector has no requirements (it would select everything).</summary>
    public static bool IsEmpty(V1LabelSelector? selector) =>
        selector is null || ((selector.MatchLabels?.Count ?? 0) + (selector.MatchExpressions?.Count ?? 0)) == 0;

    public static bool Matches(V1LabelSelector selector, IDictionary<string, string>? labels)
    {
        labels ??= new Dictionary<string, string>();
        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var expression in selector.MatchExpressions ?? [])
        {
            var has = labels.TryGetValue(expression.Key ?? string.Empty, out var actual);
            var values = expression.Values ?? [];
            var ok = expression.OperatorProperty switch
            {
                "In" => has && values.Contains(actual!),
                "NotIn" => !has || !values.Contains(actual!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
