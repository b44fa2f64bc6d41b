using System.Text;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>
/// Object metadata rules shared by every kind (apimachinery's ValidateObjectMeta and
/// ValidateObjectMetaUpdate), with upstream's field paths and messages.
/// </summary>
public static class MetadataValidation
{
    /// <summary>Upstream's <c>TotalAnnotationSizeLimitB</c>: 256 KiB over all keys and values.</summary>
    public const int TotalAnnotationSizeLimitBytes = 256 * 1024;

    private static readonly FieldPath MetadataPath = FieldPath.New("metadata");

    public static List<FieldError> ValidateObjectMeta(V1ObjectMeta? meta, bool namespaced, NameValidator nameValidator) =>
        ValidateObjectMeta(meta, namespaced, nameValidator, MetadataPath);

    public static List<FieldError> ValidateObjectMeta(V1ObjectMeta? meta, bool namespaced, NameValidator nameValidator, FieldPath path)
    {
        meta ??= new V1ObjectMeta();
        var errors = new List<FieldError>();
        var generateName = meta.GenerateName ?? string.Empty;
        var name = meta.Name ?? string.Empty;
        if (generateName.Length != 0)
        {
            errors.AddRange(nameValidator(generateName, true).Select(m => FieldErrors.Invalid(path.Child("generateName"), generateName, m)));
        }

        if (name.Length == 0)
        {
            // The machinery fills name from generateName before it stores the object.
            if (generateName.Length == 0)
            {
                errors.Add(FieldErrors.Required(path.Child("name"), "name or generateName is required"));
            }
        }
        else
        {
            errors.AddRange(nameValidator(name, false).Select(m => FieldErrors.Invalid(path.Child("name"), name, m)));
        }

        var ns = meta.NamespaceProperty ?? string.Empty;
        if (namespaced)
        {
            if (ns.Length == 0)
            {
                errors.Add(FieldErrors.Required(path.Child("namespace")));
            }
            else
            {
                errors.AddRange(NameValidators.DnsLabel(ns, false).Select(m => FieldErrors.Invalid(path.Child("namespace"), ns, m)));
            }
        }
        else if (ns.Length != 0)
        {
            errors.Add(FieldErrors.Forbidden(path.Child("namespace"), "not allowed on this type"));
        }

        if (meta.Generation is < 0)
        {
            errors.Add(FieldErrors.Invalid(path.Child("generation"), meta.Generation.Value, "must be greater than or equal to 0"));
        }

        errors.AddRange(ValidateLabels(meta.Labels, path.Child("labels")));
        errors.AddRange(ValidateAnnotations(meta.Annotations, path.Child("annotations")));
        errors.AddRange(ValidateOwnerReferences(meta.OwnerReferences, path.Child("ownerReferences")));
        errors.AddRange(ValidateFinalizers(meta.Finalizers, path.Child("finalizers")));
        return errors;
    }

    /// <summary>Name and namespace are immutable; labels, annotations, owners and finalizers are revalidated.</summary>
    public static List<FieldError> ValidateObjectMetaUpdate(V1ObjectMeta? newMeta, V1ObjectMeta? oldMeta)
    {
        newMeta ??= new V1ObjectMeta();
        oldMeta ??= new V1ObjectMeta();
        var path = MetadataPath;
        var errors = new List<FieldError>();
        errors.AddRange(FieldErrors.Immutable(newMeta.Name, oldMeta.Name, path.Child("name")));
        errors.AddRange(FieldErrors.Immutable(newMeta.NamespaceProperty, oldMeta.NamespaceProperty, path.Child("namespace")));
        if (newMeta.Generation is < 0)
        {
            errors.Add(FieldErrors.Invalid(path.Child("generation"), newMeta.Generation.Value, "must be greater than or equal to 0"));
        }

        errors.AddRange(ValidateLabels(newMeta.Labels, path.Child("labels")));
        errors.AddRange(ValidateAnnotations(newMeta.Annotations, path.Child("annotations")));
        errors.AddRange(ValidateOwnerReferences(newMeta.OwnerReferences, path.Child("ownerReferences")));
        errors.AddRange(ValidateFinalizers(newMeta.Finalizers, path.Child("finalizers")));
        return errors;
    }

    /// <summary>Label keys are qualified names, values label values; errors point at the map, as upstream.</summary>
    public static IEnumerable<FieldError> ValidateLabels(IDictionary<string, string>? labels, FieldPath path)
    {
        if (labels is null)
        {
            yield break;
        }

        foreach (var (key, value) in labels)
        {
            foreach (var message in NameRules.IsQualifiedName(key))
            {
                yield return FieldErrors.Invalid(path, key, message);
            }

            foreach (var message in NameRules.IsValidLabelValue(value ?? string.Empty))
            {
                yield return FieldErrors.Invalid(path, value, message);
            }
        }
    }

    /// <summary>Annotation keys are qualified names (checked lower-cased); the total size is capped.</summary>
    public static IEnumerable<FieldError> ValidateAnnotations(IDictionary<string, string>? annotations, FieldPath path)
    {
        if (annotations is null)
        {
            yield break;
        }

        long total = 0;
        foreach (var (key, value) in annotations)
        {
            foreach (var message in NameRules.IsQualifiedName(key.ToLowerInvariant()))
            {
                yield return FieldErrors.Invalid(path, key, message);
            }

            total += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value ?? string.Empty);
        }

        if (total > TotalAnnotationSizeLimitBytes)
        {
            yield return FieldErrors.TooLong(path, TotalAnnotationSizeLimitBytes);
        }
    }

    /// <summary>
    /// apiVersion (with a version), kind, name and uid are required; at most one controller.
    /// Upstream reports these on the list path without an index; so do we.
    /// </summary>
    public static IEnumerable<FieldError> ValidateOwnerReferences(IList<V1OwnerReference>? references, FieldPath path)
    {
        if (references is null)
        {
            yield break;
        }

        string? firstController = null;
        foreach (var reference in references)
        {
            var apiVersion = reference.ApiVersion ?? string.Empty;
            var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
            var version = slash < 0 ? apiVersion : apiVersion[(slash + 1)..];
            var group = slash < 0 ? string.Empty : apiVersion[..slash];
            if (version.Length == 0)
            {
                yield return FieldErrors.Invalid(path.Child("apiVersion"), apiVersion, "version must not be empty");
            }

            if (string.IsNullOrEmpty(reference.Kind))
            {
                yield return FieldErrors.Invalid(path.Child("kind"), reference.Kind ?? string.Empty, "kind must not be empty");
            }

            if (string.IsNullOrEmpty(reference.Name))
            {
                yield return FieldErrors.Invalid(path.Child("name"), reference.Name ?? string.Empty, "name must not be empty");
            }

            if (string.IsNullOrEmpty(reference.Uid))
            {
                yield return FieldErrors.Invalid(path.Child("uid"), reference.Uid ?? string.Empty, "uid must not be empty");
            }

            if (group.Length == 0 && version == "v1" && reference.Kind == "Event")
            {
                yield return FieldErrors.InvalidStructure(path, $"{{{apiVersion} {reference.Kind} {reference.Name} {reference.Uid}}}", "/v1, Kind=Event is disallowed from being an owner");
            }

            if (reference.Controller == true)
            {
                var current = reference.Kind + "/" + reference.Name;
                if (firstController is null)
                {
                    firstController = current;
                }
                else
                {
                    yield return FieldErrors.InvalidStructure(path, "[" + string.Join(" ", references.Select(r => r.Kind + "/" + r.Name)) + "]",
                        $"Only one reference can have Controller set to true. Found \"true\" in references for {firstController} and {current}");
                }
            }
        }
    }

    /// <summary>Finalizers are qualified names; orphan and foregroundDeletion exclude each other.</summary>
    public static IEnumerable<FieldError> ValidateFinalizers(IList<string>? finalizers, FieldPath path)
    {
        if (finalizers is null)
        {
            yield break;
        }

        foreach (var finalizer in finalizers)
        {
            foreach (var message in NameRules.IsQualifiedName(finalizer ?? string.Empty))
            {
                yield return FieldErrors.Invalid(path, finalizer, message);
            }
        }

        if (finalizers.Contains("orphan") && finalizers.Contains("foregroundDeletion"))
        {
            yield return FieldErrors.InvalidStructure(path, "[" + string.Join(" ", finalizers) + "]", "finalizer orphan and foregroundDeletion cannot be both set");
        }
    }
}
