using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>rbac.authorization.k8s.io/v1 Role.</summary>
public sealed class RoleStrategy : TypedStrategy<V1Role>
{
    protected override NameValidator NameValidator => NameValidators.PathSegment;

    protected override IEnumerable<FieldError> Validate(V1Role obj) => RbacRules.ValidateRules(obj.Rules, namespaced: true);
}
