using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>core/v1 Event: involvedObject required and in the event's namespace.</summary>
public sealed class EventStrategy : TypedStrategy<Corev1Event>
{
    protected override IEnumerable<FieldError> Validate(Corev1Event obj)
    {
        var path = FieldPath.New("involvedObject");
        if (obj.InvolvedObject is null)
        {
            yield return FieldErrors.Required(path);
            yield break;
        }

        var eventNamespace = obj.Metadata?.NamespaceProperty ?? string.Empty;
        var objectNamespace = obj.InvolvedObject.NamespaceProperty ?? string.Empty;
        // Cluster-scoped involved objects may have events in "default" for old clients.
        var matches = objectNamespace.Length == 0
            ? eventNamespace is "" or "default"
            : objectNamespace == eventNamespace;
        if (!matches)
        {
            yield return FieldErrors.Invalid(path.Child("namespace"), objectNamespace, "does not match event.namespace");
        }
    }
}
