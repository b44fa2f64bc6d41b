using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>networking.k8s.io/v1 Ingress: hosts, path types, absolute paths, backends.</summary>
public sealed class IngressStrategy : TypedStrategy<V1Ingress>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] PathTypes = ["Exact", "ImplementationSpecific", "Prefix"];

    protected override IEnumerable<FieldError> Validate(V1Ingress obj)
    {
        var errors = new List<FieldError>();
        var spec = obj.Spec ?? new V1IngressSpec();
        var rules = spec.Rules ?? [];
        if (spec.DefaultBackend is null && rules.Count == 0)
        {
            errors.Add(FieldErrors.Invalid(SpecPath.Child("rules"), "[]", "either `defaultBackend` or `rules` must be specified") with { BadValueIsLiteral = true });
        }

        if (spec.DefaultBackend is { } defaultBackend)
        {
            ValidateBackend(defaultBackend, SpecPath.Child("defaultBackend"), errors);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var rulePath = SpecPath.Child("rules").Index(i);
            var rule = rules[i];
            if (!string.IsNullOrEmpty(rule.Host))
            {
                var host = rule.Host.StartsWith("*.", StringComparison.Ordinal) ? rule.Host[2..] : rule.Host;
                errors.AddRange(NameRules.IsDns1123Subdomain(host).Select(m => FieldErrors.Invalid(rulePath.Child("host"), rule.Host, m)));
            }

            var paths = rule.Http?.Paths ?? [];
            if (rule.Http is not null && paths.Count == 0)
            {
                errors.Add(FieldErrors.Required(rulePath.Child("http", "paths")));
            }

            for (var j = 0; j < paths.Count; j++)
            {
                var pathPath = rulePath.Child("http", "paths").Index(j);
                var path = paths[j];
                if (string.IsNullOrEmpty(path.PathType))
                {
                    errors.Add(FieldErrors.Required(pathPath.Child("pathType"), "pathType must be specified"));
                }
                else if (!PathTypes.Contains(path.PathType))
                {
                    errors.Add(FieldErrors.NotSupported(pathPath.Child("pathType"), path.PathType, PathTypes));
                }
                else if (path.PathType is "Exact" or "Prefix" && !(path.Path ?? string.Empty).StartsWith('/'))
                {
                    errors.Add(FieldErrors.Invalid(pathPath.Child("path"), path.Path ?? string.Empty, "must be an absolute path"));
                }

                ValidateBackend(path.Backend, pathPath.Child("backend"), errors);
            }
        }

        return errors;
    }

    private static void ValidateBackend(V1IngressBackend? backend, FieldPath path, List<FieldError> errors)
    {
        if (backend?.Service is null && backend?.Resource is null)
        {
            errors.Add(FieldErrors.Invalid(path, string.Empty, "one backend must be specified"));
            return;
        }

        if (backend.Service is { } service)
        {
            if (string.IsNullOrEmpty(service.Name))
            {
                errors.Add(FieldErrors.Required(path.Child("service", "name")));
            }

            var hasName = !string.IsNullOrEmpty(service.Port?.Name);
            var hasNumber = service.Port?.Number is not null and not 0;
            if (hasName == hasNumber)
            {
                errors.Add(FieldErrors.Invalid(path.Child("service", "port"), string.Empty, "port name or number is required"));
            }
            else if (hasNumber)
            {
                errors.AddRange(NameRules.IsValidPortNum(service.Port!.Number!.Value).Select(m => FieldErrors.Invalid(path.Child("service", "port", "number"), service.Port.Number.Value, m)));
            }
        }
    }
}
