using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>core/v1 PersistentVolumeClaim: access modes and a storage request required; spec fixed after creation except requests.</summary>
public sealed class PersistentVolumeClaimStrategy : TypedStrategy<V1PersistentVolumeClaim>
{
    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] AccessModes = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];

    protected override void Default(V1PersistentVolumeClaim obj)
    {
        obj.Spec ??= new V1PersistentVolumeClaimSpec();
        obj.Spec.VolumeMode ??= "Filesystem";
    }

    protected override void OnCreate(V1PersistentVolumeClaim obj) => obj.Status = new V1PersistentVolumeClaimStatus { Phase = "Pending" };

    protected override IEnumerable<FieldError> Validate(V1PersistentVolumeClaim obj)
    {
        var spec = obj.Spec ?? new V1PersistentVolumeClaimSpec();
        var modes = spec.AccessModes ?? [];
        if (modes.Count == 0)
        {
            yield return FieldErrors.Required(SpecPath.Child("accessModes"), "at least 1 access mode is required");
        }

        foreach (var mode in modes.Where(m => !AccessModes.Contains(m)))
        {
            yield return FieldErrors.NotSupported(SpecPath.Child("accessModes"), mode, AccessModes);
        }

        if (modes.Contains("ReadWriteOncePod") && modes.Count > 1)
        {
            yield return FieldErrors.Forbidden(SpecPath.Child("accessModes"), "may not use ReadWriteOncePod with other access modes");
        }

        if (spec.Resources?.Requests is null || !spec.Resources.Requests.ContainsKey("storage"))
        {
            yield return FieldErrors.Required(SpecPath.Child("resources").Key("storage"));
        }
    }

    protected override IEnumerable<FieldError> ValidateUpdate(V1PersistentVolumeClaim obj, V1PersistentVolumeClaim old)
    {
        var spec = k8s.KubernetesJson.Deserialize<V1PersistentVolumeClaimSpec>(ToJson(obj.Spec ?? new V1PersistentVolumeClaimSpec()));
        var oldSpec = old.Spec ?? new V1PersistentVolumeClaimSpec();
        spec.Resources = oldSpec.Resources;
        spec.VolumeAttributesClassName = oldSpec.VolumeAttributesClassName;
        // Binding fills volumeName once.
        if (string.IsNullOrEmpty(oldSpec.VolumeName))
        {
            spec.VolumeName = oldSpec.VolumeName;
        }

        if (ToJson(spec) != ToJson(oldSpec))
        {
            yield return FieldErrors.Forbidden(SpecPath, "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims");
        }
    }
}
