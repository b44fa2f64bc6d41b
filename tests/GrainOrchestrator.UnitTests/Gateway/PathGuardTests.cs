using GrainOrchestrator.Gateway.Hosting;

namespace GrainOrchestrator.UnitTests.Gateway;

public sealed class PathGuardTests
{
    [Theory]
    [InlineData("/api/v1/namespaces/default/configmaps/%2E%2E", true)]
    [InlineData("/api/v1/namespaces/default/configmaps/%2e", true)]
    [InlineData("/api/v1/namespaces/default/configmaps/..", true)]
    [InlineData("/api/v1/namespaces/../configmaps", true)]
    [InlineData("/api/v1/namespaces/default/configmaps/a..b", false)]
    [InlineData("/api/v1/namespaces/default/configmaps/x?labelSelector=a%3D..", false)]
    [InlineData("/api/v1/namespaces/default/configmaps/.hidden", false)]
    [InlineData("/api", false)]
    public void Dot_segments_are_found_in_the_raw_target(string target, bool refused) =>
        PathGuardMiddleware.HasDotSegment(target).ShouldBe(refused);
}
