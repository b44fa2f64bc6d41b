using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>rbac.authorization.k8s.io/v1 ClusterRoleBinding; roleRef is immutable.</summary>
public sealed class ClusterRoleBindingStrategy : TypedStrategy<V1ClusterRoleBinding>
{
    protected override bool Namespaced => false;

    protected override NameValidator NameValidator => NameValidators.PathSegment;

    protected override IEnumerable<FieldError> Validate(V1ClusterRoleBinding obj) => RbacRules.ValidateBinding(obj.RoleRef, obj.Subjects, namespaced: false);

    protected override IEnumerable<FieldError> ValidateUpdate(V1ClusterRoleBinding obj, V1ClusterRoleBinding old) => RbacRules.ValidateRoleRefUnchanged(obj.RoleRef, old.RoleRef);
}
