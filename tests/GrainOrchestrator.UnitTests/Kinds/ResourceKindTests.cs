using GrainOrchestrator.ApiMachinery.Kinds;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Kinds;

public sealed class ResourceKindTests
{
    [Theory]
    [InlineData("pods", "v1", "pods", "core/Pod", "PodList")]
    [InlineData("deployments", "apps/v1", "deployments.apps", "apps/Deployment", "DeploymentList")]
    [InlineData("ingresses", "networking.k8s.io/v1", "ingresses.networking.k8s.io", "networking.k8s.io/Ingress", "IngressList")]
    [InlineData("horizontalpodautoscalers", "autoscaling/v2", "horizontalpodautoscalers.autoscaling", "autoscaling/HorizontalPodAutoscaler", "HorizontalPodAutoscalerList")]
    public void Derived_names(string plural, string apiVersion, string groupResource, string key, string listKind)
    {
        KindRegistry.Default.TryResolve(plural, out var kind).ShouldBeTrue();

        kind.ApiVersion.ShouldBe(apiVersion);
        kind.GroupResource.ShouldBe(groupResource);
        kind.Key.ShouldBe(key);
        kind.ListKind.ShouldBe(listKind);
    }

    [Fact]
    public void Keys_are_unique()
    {
        KindRegistry.Default.All.Select(k => k.Key).ShouldBeUnique();
    }
}
