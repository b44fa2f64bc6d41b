using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>rbac.authorization.k8s.io/v1 ClusterRole (rules are not checked when an aggregation rule fills them).</summary>
public sealed class ClusterRoleStrategy : TypedStrategy<V1ClusterRole>
{
    protected override bool Namespaced => false;

    protected override NameValidator NameValidator => NameValidators.PathSegment;

    protected override IEnumerable<FieldError> Validate(V1ClusterRole obj) =>
        obj.AggregationRule is null ? RbacRules.ValidateRules(obj.Rules, namespaced: false) : [];
}
