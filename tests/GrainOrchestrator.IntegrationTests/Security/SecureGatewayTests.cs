using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using GrainOrchestrator.Gateway.Security;
using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.Security;

/// <summary>TLS with the generated CA and bearer tokens, end to end over loopback, with .NET's HttpClient and the real kubectl.</summary>
public sealed class SecureGatewayTests(StubApiServer server) : IClassFixture<StubApiServer>
{
    [Fact]
    public async Task A_client_trusting_only_the_cluster_ca_gets_200_with_the_token()
    {
        using var client = ClientTrusting(server.Credentials.CaCertificatePem);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Credentials.AdminToken);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(StubApiServer.ApiVersionsJson);
        response.Headers.GetValues("X-Authenticated-User").Single().ShouldBe(ClusterCredentials.AdminUserName);
    }

    [Fact]
    public async Task Http2_is_negotiated_over_tls()
    {
        using var client = ClientTrusting(server.Credentials.CaCertificatePem);
        client.DefaultRequestVersion = HttpVersion.Version20;
        client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;

        using var response = await client.GetAsync(new Uri("/livez", UriKind.Relative), TestContext.Current.CancellationToken);

        response.Version.ShouldBe(HttpVersion.Version20);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Without_a_valid_token_the_answer_is_a_401_status(string? token)
    {
        using var client = ClientTrusting(server.Credentials.CaCertificatePem);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        status.RootElement.GetProperty("kind").GetString().ShouldBe("Status");
        status.RootElement.GetProperty("reason").GetString().ShouldBe("Unauthorized");
        status.RootElement.GetProperty("code").GetInt32().ShouldBe(401);
    }

    [Fact]
    public async Task Livez_is_open()
    {
        using var client = ClientTrusting(server.Credentials.CaCertificatePem);

        using var response = await client.GetAsync(new Uri("/livez", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_client_trusting_another_cluster_ca_refuses_the_server()
    {
        using var other = new TempDirectory("go-security-other");
        using var foreign = ClusterCredentials.EnsureCreated(other.Path, [], []);
        using var client = ClientTrusting(foreign.CaCertificatePem);

        await Should.ThrowAsync<HttpRequestException>(
            () => client.GetAsync(new Uri("/livez", UriKind.Relative), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Kubectl_with_the_rendered_kubeconfig_reads_the_api()
    {
        var kubeconfig = KubeconfigRenderer.Render(ServerUrl, server.Credentials.CaCertificatePem, server.Credentials.AdminToken);

        var (exitCode, stdout, stderr) = await Kubectl.RunAsync(kubeconfig, "get", "--raw", "/api");

        exitCode.ShouldBe(0, stderr);
        stdout.Trim().ShouldBe(StubApiServer.ApiVersionsJson);
    }

    [Fact]
    public async Task Kubectl_with_a_wrong_token_is_unauthorized()
    {
        var kubeconfig = KubeconfigRenderer.Render(ServerUrl, server.Credentials.CaCertificatePem, "wrong-token");

        var (exitCode, stdout, stderr) = await Kubectl.RunAsync(kubeconfig, "get", "--raw", "/api");

        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("Unauthorized");
        stdout.ShouldNotContain("APIVersions");
    }

    [Fact]
    public async Task Kubectl_with_another_cluster_ca_refuses_the_server_certificate()
    {
        using var other = new TempDirectory("go-security-other");
        using var foreign = ClusterCredentials.EnsureCreated(other.Path, [], []);
        var kubeconfig = KubeconfigRenderer.Render(ServerUrl, foreign.CaCertificatePem, server.Credentials.AdminToken);

        var (exitCode, _, stderr) = await Kubectl.RunAsync(kubeconfig, "get", "--raw", "/api");

        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("certificate signed by unknown authority");
    }

    private string ServerUrl => server.BaseAddress.GetLeftPart(UriPartial.Authority);

    private HttpClient ClientTrusting(string caPem)
    {
        var ca = X509Certificate2.CreateFromPem(caPem);
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.Add(ca);
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy },
        };
        return new HttpClient(handler) { BaseAddress = server.BaseAddress };
    }
}
