using System.Diagnostics;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.OpenApi;
using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.OpenApi;

/// <summary>
/// The real kubectl against the generated OpenAPI v3 documents: <c>explain</c> prints the field
/// documentation, and strict validation (kubectl's default) defers to the server instead of
/// failing to download or validate OpenAPI.
/// </summary>
public sealed class KubectlOpenApiTests : IAsyncLifetime
{
    private const string Kubectl = "/usr/bin/kubectl";
    private readonly TempDirectory _directory = new("grainorchestrator-openapi");
    private readonly OpenApiV3Generator _generator = new();
    private OpenApiStubServer? _server;

    private OpenApiStubServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _server = await OpenApiStubServer.StartAsync(_generator, KindRegistry.Default);
        await File.WriteAllTextAsync(Path.Combine(_directory.Path, "kubeconfig"), $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: stub
              cluster:
                server: {Server.Address}
            users:
            - name: stub
              user:
                token: test-token
            contexts:
            - name: stub
              context:
                cluster: stub
                user: stub
                namespace: default
            current-context: stub
            """);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _directory.Dispose();
    }

    [Fact]
    public async Task Explain_prints_the_kind_and_field_documentation()
    {
        Assert.SkipUnless(File.Exists(Kubectl), "kubectl is not installed");

        var (exitCode, output, error) = await RunKubectlAsync("explain", "pods");

        exitCode.ShouldBe(0, error);
        output.ShouldContain("KIND:       Pod");
        output.ShouldContain("Pod is a collection of containers");
        output.ShouldContain("spec\t<PodSpec>");
    }

    [Fact]
    public async Task Explain_descends_into_fields()
    {
        Assert.SkipUnless(File.Exists(Kubectl), "kubectl is not installed");

        var (exitCode, output, error) = await RunKubectlAsync("explain", "pods.spec.containers");

        exitCode.ShouldBe(0, error);
        output.ShouldContain("FIELD: containers <[]Container>");
        output.ShouldContain("List of containers belonging to the pod");
        output.ShouldContain("name\t<string> -required-");
        output.ShouldContain("Container image name");
    }

    [Theory]
    [InlineData("deployments.spec.replicas", "Number of desired pods")]
    [InlineData("ingresses.spec.rules", "IngressRule")]
    [InlineData("clusterroles.rules", "PolicyRule")]
    public async Task Explain_works_for_other_groups(string field, string expected)
    {
        Assert.SkipUnless(File.Exists(Kubectl), "kubectl is not installed");

        var (exitCode, output, error) = await RunKubectlAsync("explain", field);

        exitCode.ShouldBe(0, error);
        output.ShouldContain(expected);
    }

    [Fact]
    public async Task Strict_validation_defers_to_the_server()
    {
        Assert.SkipUnless(File.Exists(Kubectl), "kubectl is not installed");
        var manifest = Path.Combine(_directory.Path, "pod.yaml");
        await File.WriteAllTextAsync(manifest, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - name: web
                image: nginx
                unknownField: true
            """, TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await RunKubectlAsync("create", "-f", manifest, "--dry-run=server");

        exitCode.ShouldBe(0, error);
        output.ShouldContain("pod/web created (server dry run)");
        Server.Requests.ShouldContain(r => r.StartsWith("POST /api/v1/namespaces/default/pods?", StringComparison.Ordinal) &&
                                           r.Contains("fieldValidation=Strict", StringComparison.Ordinal) &&
                                           r.Contains("dryRun=All", StringComparison.Ordinal));
        Server.Requests.ShouldContain(r => r.StartsWith("GET /openapi/v3/api/v1?hash=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/openapi/v3/api/v1?hash=STALE", 301)]
    [InlineData("/openapi/v3/apis/apps/v1", 200)]
    [InlineData("/openapi/v3/apis/nosuch/v1", 404)]
    public async Task Documents_are_served_with_upstream_caching_rules(string url, int status)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Server.Address) };

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(status);
        if (status == 301)
        {
            _generator.TryGet("api/v1", out var document).ShouldBeTrue();
            response.Headers.Location!.OriginalString.ShouldBe(document.ServerRelativeUrl);
        }

        if (status == 200)
        {
            response.Headers.ETag!.Tag.ShouldMatch("^\"[0-9A-F]{128}\"$");
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunKubectlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Kubectl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--kubeconfig=" + Path.Combine(_directory.Path, "kubeconfig"));
        start.ArgumentList.Add("--cache-dir=" + Path.Combine(_directory.Path, "cache"));
        start.Environment["HOME"] = _directory.Path;

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var result = (process.ExitCode, await output, await error);
        TestContext.Current.TestOutputHelper?.WriteLine($"kubectl {string.Join(' ', arguments)} → {result.ExitCode}\n{result.Item2}\n{result.Item3}");
        return result;
    }
}
