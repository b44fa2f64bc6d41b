using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>Policy rule, role reference and subject rules for the RBAC kinds.</summary>
internal static class RbacRules
{
    public const string Group = "rbac.authorization.k8s.io";

    private static readonly string[] SubjectKinds = ["Group", "ServiceAccount", "User"];

    public static IEnumerable<FieldError> ValidateRules(IList<V1PolicyRule>? rules, bool namespaced)
    {
        for (var i = 0; i < (rules?.Count ?? 0); i++)
        {
            var rule = rules![i];
            var path = FieldPath.New("rules").Index(i);
            if ((rule.Verbs?.Count ?? 0) == 0)
            {
                yield return FieldErrors.Required(path.Child("verbs"), "verbs must contain at least one value");
            }

            if ((rule.NonResourceURLs?.Count ?? 0) > 0)
            {
                if (namespaced)
                {
                    yield return FieldErrors.InvalidStructure(path.Child("nonResourceURLs"), "[" + string.Join(" ", rule.NonResourceURLs!) + "]", "namespaced rules cannot apply to non-resource URLs");
                }

                if ((rule.ApiGroups?.Count ?? 0) > 0 || (rule.Resources?.Count ?? 0) > 0)
                {
                    yield return FieldErrors.InvalidStructure(path.Child("nonResourceURLs"), "[" + string.Join(" ", rule.NonResourceURLs!) + "]", "rules cannot apply to both regular resources and non-resource URLs");
                }

                continue;
            }

            if ((rule.ApiGroups?.Count ?? 0) == 0)
            {
                yield return FieldErrors.Required(path.Child("apiGroups"), "resource rules must supply at least one api group");
            }

            if ((rule.Resources?.Count ?? 0) == 0)
            {
                yield return FieldErrors.Required(path.Child("resources"), "resource rules must supply at least one resource");
            }
        }
    }

    public static IEnumerable<FieldError> ValidateBinding(V1RoleRef? roleRef, IList<Rbacv1Subject>? subjects, bool namespaced)
    {
        var refPath = FieldPath.New("roleRef");
        if (roleRef?.ApiGroup != Group)
        {
            yield return FieldErrors.NotSupported(refPath.Child("apiGroup"), roleRef?.ApiGroup ?? string.Empty, Group);
        }

        string[] kinds = namespaced ? ["ClusterRole", "Role"] : ["ClusterRole"];
        if (!kinds.Contains(roleRef?.Kind))
        {
            yield return FieldErrors.NotSupported(refPath.Child("kind"), roleRef?.Kind ?? string.Empty, kinds);
        }

        if (string.IsNullOrEmpty(roleRef?.Name))
        {
            yield return FieldErrors.Required(refPath.Child("name"));
        }
        else
        {
            foreach (var message in NameRules.IsValidPathSegmentName(roleRef.Name))
            {
                yield return FieldErrors.Invalid(refPath.Child("name"), roleRef.Name, message);
            }
        }

        for (var i = 0; i < (subjects?.Count ?? 0); i++)
        {
            var subject = subjects![i];
            var path = FieldPath.New("subjects").Index(i);
            if (string.IsNullOrEmpty(subject.Name))
            {
                yield return FieldErrors.Required(path.Child("name"));
            }

            if (!SubjectKinds.Contains(subject.Kind))
            {
                yield return FieldErrors.NotSupported(path.Child("kind"), subject.Kind, SubjectKinds);
            }
            else if (subject.Kind == "ServiceAccount")
            {
                if (!string.IsNullOrEmpty(subject.ApiGroup))
                {
                    yield return FieldErrors.NotSupported(path.Child("apiGroup"), subject.ApiGroup, string.Empty);
                }

                if (!namespaced && string.IsNullOrEmpty(subject.NamespaceProperty))
                {
                    yield return FieldErrors.Required(path.Child("namespace"));
                }
            }
            else if (subject.ApiGroup != Group)
            {
                yield return FieldErrors.NotSupported(path.Child("apiGroup"), subject.ApiGroup ?? string.Empty, Group);
            }
        }
    }

    public static IEnumerable<FieldError> ValidateRoleRefUnchanged(V1RoleRef? roleRef, V1RoleRef? old)
    {
        if (roleRef?.ApiGroup != old?.ApiGroup || roleRef?.Kind != old?.Kind || roleRef?.Name != old?.Name)
        {
            yield return FieldErrors.InvalidStructure(FieldPath.New("roleRef"), $"{{APIGroup:{roleRef?.ApiGroup} Kind:{roleRef?.Kind} Name:{roleRef?.Name}}}", "cannot change roleRef");
        }
    }
}
