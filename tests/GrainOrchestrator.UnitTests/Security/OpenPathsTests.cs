using GrainOrchestrator.Gateway.Security;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.UnitTests.Security;

public sealed class OpenPathsTests
{
    [Theory]
    [InlineData("/livez", false, true)]
    [InlineData("/readyz/ping", false, true)]
    [InlineData("/HEALTHZ", false, true)]
    [InlineData("/version", false, true)]
    [InlineData("/version/", false, true)]
    [InlineData("/livezz", false, false)]
    [InlineData("/api", false, false)]
    [InlineData("/", false, false)]
    [InlineData("/api/v1/namespaces/default/pods/livez", false, false)]
    [InlineData("/metrics", false, false)]
    [InlineData("/metrics", true, true)]
    [InlineData("/api", true, false)]
    public void Default_opens_health_version_and_optionally_metrics(string path, bool metricsOpen, bool open) =>
        OpenPaths.Default(metricsOpen)(new PathString(path)).ShouldBe(open);
}
