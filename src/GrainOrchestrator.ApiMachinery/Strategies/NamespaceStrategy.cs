using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// core/v1 Namespace: cluster-scoped, name a DNS label, the <c>kubernetes</c> finalizer and phase
/// Active on create, the <c>kubernetes.io/metadata.name</c> label always equal to the name.
/// Spec (finalizers) and status change only through their own subresources, so updates keep the old ones.
/// </summary>
public sealed class NamespaceStrategy : TypedStrategy<V1Namespace>
{
    public const string MetadataNameLabel = "kubernetes.io/metadata.name";
    public const string KubernetesFinalizer = "kubernetes";

    private static readonly string[] StandardFinalizers = [KubernetesFinalizer, "orphan", "foregroundDeletion"];

    protected override bool Namespaced => false;

    protected override NameValidator NameValidator => NameValidators.DnsLabel;

    protected override void Default(V1Namespace obj)
    {
        obj.Metadata ??= new V1ObjectMeta();
        if (!string.IsNullOrEmpty(obj.Metadata.Name))
        {
            obj.Metadata.Labels ??= new Dictionary<string, string>();
            obj.Metadata.Labels[MetadataNameLabel] = obj.Metadata.Name;
        }
    }

    protected override void OnCreate(V1Namespace obj)
    {
        obj.Spec = new V1NamespaceSpec { Finalizers = [KubernetesFinalizer] };
        obj.Status = new V1NamespaceStatus { Phase = "Active" };
    }

    protected override void OnUpdate(V1Namespace obj, V1Namespace old)
    {
        obj.Spec = old.Spec;
        obj.Status = old.Status;
    }

    protected override IEnumerable<FieldError> Validate(V1Namespace obj)
    {
        var path = FieldPath.New("spec", "finalizers");
        foreach (var finalizer in obj.Spec?.Finalizers ?? [])
        {
            foreach (var message in NameRules.IsQualifiedName(finalizer ?? string.Empty))
            {
                yield return FieldErrors.Invalid(path, finalizer, message);
            }

            if (finalizer is not null && !finalizer.Contains('/', StringComparison.Ordinal) && !StandardFinalizers.Contains(finalizer))
            {
                yield return FieldErrors.Invalid(path, finalizer, "name is neither a standard finalizer name nor is it fully qualified");
            }
        }
    }
}
