using GrainOrchestrator.Gateway.Security;
using Microsoft.Extensions.Primitives;

namespace GrainOrchestrator.UnitTests.Security;

public sealed class BearerTokenTests
{
    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc", "abc")]
    [InlineData("BEARER   abc  ", "abc")]
    [InlineData("Bearer a.b-c_d=", "a.b-c_d=")]
    [InlineData("Bearer", null)]
    [InlineData("Bearer ", null)]
    [InlineData("Bearerabc", null)]
    [InlineData("Basic YWxpY2U6c2VjcmV0", null)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    public void Extracts_the_token_of_a_bearer_header(string header, string? expected) =>
        BearerToken.FromAuthorizationHeader(new StringValues(header)).ShouldBe(expected);

    [Fact]
    public void No_header_or_several_headers_give_no_token()
    {
        BearerToken.FromAuthorizationHeader(StringValues.Empty).ShouldBeNull();
        BearerToken.FromAuthorizationHeader(new StringValues(["Bearer a", "Bearer b"])).ShouldBeNull();
    }
}
