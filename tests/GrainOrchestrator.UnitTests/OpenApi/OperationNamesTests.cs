using GrainOrchestrator.Gateway.OpenApi;

namespace GrainOrchestrator.UnitTests.OpenApi;

public sealed class OperationNamesTests
{
    [Theory]
    [InlineData("", "v1", "core_v1")]
    [InlineData("apps", "v1", "apps_v1")]
    [InlineData("networking.k8s.io", "v1", "networking_v1")]
    [InlineData("rbac.authorization.k8s.io", "v1", "rbacAuthorization_v1")]
    [InlineData("autoscaling", "v2", "autoscaling_v2")]
    public void Tags_follow_upstream(string group, string version, string tag) =>
        OperationNames.Tag(group, version).ShouldBe(tag);

    [Theory]
    [InlineData("list", "rbac.authorization.k8s.io", "v1", false, "ClusterRole", "", "listRbacAuthorizationV1ClusterRole")]
    [InlineData("patch", "autoscaling", "v2", true, "HorizontalPodAutoscaler", "Status", "patchAutoscalingV2NamespacedHorizontalPodAutoscalerStatus")]
    [InlineData("create", "", "v1", true, "Pod", "Eviction", "createCoreV1NamespacedPodEviction")]
    public void Operation_ids_follow_upstream(string verb, string group, string version, bool namespaced, string kind, string suffix, string id) =>
        OperationNames.Id(verb, group, version, namespaced, kind, suffix).ShouldBe(id);
}
