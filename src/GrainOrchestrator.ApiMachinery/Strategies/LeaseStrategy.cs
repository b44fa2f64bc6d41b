using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>coordination.k8s.io/v1 Lease.</summary>
public sealed class LeaseStrategy : TypedStrategy<V1Lease>
{
    protected override IEnumerable<FieldError> Validate(V1Lease obj)
    {
        var path = FieldPath.New("spec");
        if (obj.Spec?.LeaseDurationSeconds is { } duration and <= 0)
        {
            yield return FieldErrors.Invalid(path.Child("leaseDurationSeconds"), duration, "must be greater than 0");
        }

        if (obj.Spec?.LeaseTransitions is { } transitions and < 0)
        {
            yield return FieldErrors.Invalid(path.Child("leaseTransitions"), transitions, "must be greater than or equal to 0");
        }
    }
}
