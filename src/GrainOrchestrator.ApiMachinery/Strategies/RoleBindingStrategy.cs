using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>rbac.authorization.k8s.io/v1 RoleBinding; roleRef is immutable.</summary>
public sealed class RoleBindingStrategy : TypedStrategy<V1RoleBinding>
{
    protected override NameValidator NameValidator => NameValidators.PathSegment;

    protected override IEnumerable<FieldError> Validate(V1RoleBinding obj) => RbacRules.ValidateBinding(obj.RoleRef, obj.Subjects, namespaced: true);

    protected override IEnumerable<FieldError> ValidateUpdate(V1RoleBinding obj, V1RoleBinding old) => RbacRules.ValidateRoleRefUnchanged(obj.RoleRef, old.RoleRef);
}
