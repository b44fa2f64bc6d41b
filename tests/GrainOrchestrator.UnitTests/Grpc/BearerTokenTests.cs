using GrainOrchestrator.Gateway.Grpc.Security;

namespace GrainOrchestrator.UnitTests.Grpc;

public sealed class BearerTokenTests
{
    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc", "abc")]
    [InlineData("Bearer   abc  ", "abc")]
    [InlineData("Bearer ", null)]
    [InlineData("Bearer    ", null)]
    [InlineData("Basic dXNlcjpwdw==", null)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_bearer_credentials_yield_a_token(string? header, string? expected) =>
        BearerTokenInterceptor.ParseBearer(header).ShouldBe(expected);
}
