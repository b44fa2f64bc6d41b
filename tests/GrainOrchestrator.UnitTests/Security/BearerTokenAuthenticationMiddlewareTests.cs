using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GrainOrchestrator.Gateway.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace GrainOrchestrator.UnitTests.Security;

public sealed class BearerTokenAuthenticationMiddlewareTests
{
    private static readonly TokenValidator Validator = TokenValidator.Parse($"""
        {Hex("admin-token")} admin system:masters
        {Hex("dev-token")} dev
        """);

    private bool _nextCalled;

    [Theory]
    [InlineData("/api", null)]
    [InlineData("/api", "Bearer wrong")]
    [InlineData("/api/v1/pods", "Basic YWRtaW46YWRtaW4=")]
    [InlineData("/metrics", "Bearer admin-tokenx")]
    public async Task Answers_401_with_a_kubernetes_status(string path, string? authorization)
    {
        var context = await InvokeAsync(path, authorization);

        _nextCalled.ShouldBeFalse();
        context.Response.StatusCode.ShouldBe(401);
        context.Response.ContentType.ShouldBe("application/json");
        using var body = JsonDocument.Parse(Body(context));
        body.RootElement.GetProperty("kind").GetString().ShouldBe("Status");
        body.RootElement.GetProperty("apiVersion").GetString().ShouldBe("v1");
        body.RootElement.GetProperty("status").GetString().ShouldBe("Failure");
        body.RootElement.GetProperty("message").GetString().ShouldBe("Unauthorized");
        body.RootElement.GetProperty("reason").GetString().ShouldBe("Unauthorized");
        body.RootElement.GetProperty("code").GetInt32().ShouldBe(401);
        body.RootElement.GetProperty("metadata").EnumerateObject().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/livez")]
    [InlineData("/readyz")]
    [InlineData("/version")]
    public async Task Open_paths_pass_without_a_token_and_without_a_user(string path)
    {
        var context = await InvokeAsync(path, null);

        _nextCalled.ShouldBeTrue();
        context.Response.StatusCode.ShouldBe(200);
        context.User.Identity?.IsAuthenticated.ShouldNotBe(true);
    }

    [Fact]
    public async Task The_admin_token_yields_the_admin_user_in_system_masters()
    {
        var context = await InvokeAsync("/api", "Bearer admin-token");

        _nextCalled.ShouldBeTrue();
        context.User.Identity.ShouldNotBeNull().IsAuthenticated.ShouldBeTrue();
        context.User.Identity.Name.ShouldBe("admin");
        context.User.IsInRole(KnownGroups.SystemMasters).ShouldBeTrue();
        context.User.IsInRole(KnownGroups.SystemAuthenticated).ShouldBeTrue();
    }

    [Fact]
    public async Task Another_token_yields_its_user_without_system_masters()
    {
        var context = await InvokeAsync("/api/v1/pods", "Bearer dev-token");

        _nextCalled.ShouldBeTrue();
        context.User.Identity.ShouldNotBeNull().Name.ShouldBe("dev");
        context.User.IsInRole(KnownGroups.SystemMasters).ShouldBeFalse();
        context.User.IsInRole(KnownGroups.SystemAuthenticated).ShouldBeTrue();
    }

    [Fact]
    public async Task A_valid_token_on_an_open_path_still_identifies_the_user()
    {
        var context = await InvokeAsync("/version", "Bearer dev-token");

        _nextCalled.ShouldBeTrue();
        context.User.Identity.ShouldNotBeNull().Name.ShouldBe("dev");
    }

    private async Task<HttpContext> InvokeAsync(string path, string? authorization)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        var middleware = new BearerTokenAuthenticationMiddleware(
            _ =>
            {
                _nextCalled = true;
                return Task.CompletedTask;
            },
            Validator,
            OpenPaths.Default(metricsOpen: false),
            NullLogger<BearerTokenAuthenticationMiddleware>.Instance);
        await middleware.InvokeAsync(context);
        return context;
    }

    private static string Body(HttpContext context) => Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    private static string Hex(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
