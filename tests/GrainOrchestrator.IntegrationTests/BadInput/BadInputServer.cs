using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using GrainOrchestrator.Client;
using GrainOrchestrator.Gateway.Security;
using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// One real <c>grainorchestrator server</c> (embedded PostgreSQL, TLS, bearer tokens) with a
/// namespace of seed objects that no bad request may change. Clients trust only the cluster CA
/// and read the token from the data directory, as a user with the written kubeconfig would.
/// </summary>
public sealed class BadInputServer : IAsyncLifetime
{
    public const string Namespace = "badinput";
    public const string SeedConfigMap = "seed-cm";
    public const string SeedDeployment = "seed-deploy";
    public const string SeedPod = "seed-pod";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The URLs of the objects that must survive every corpus unchanged.</summary>
    public static IReadOnlyList<string> SeedUrls { get; } =
    [
        $"/api/v1/namespaces/{Namespace}/configmaps/{SeedConfigMap}",
        $"/apis/apps/v1/namespaces/{Namespace}/deployments/{SeedDeployment}",
        $"/api/v1/namespaces/{Namespace}/pods/{SeedPod}",
        $"/api/v1/namespaces/{Namespace}",
    ];

    /// <summary>Collections whose membership the corpus must not change (except through known failures).</summary>
    public static IReadOnlyList<string> WatchedCollections { get; } =
    [
        $"/api/v1/namespaces/{Namespace}/configmaps",
        $"/apis/apps/v1/namespaces/{Namespace}/deployments",
        $"/api/v1/namespaces/{Namespace}/pods",
        $"/api/v1/namespaces/{Namespace}/services",
        $"/api/v1/namespaces/{Namespace}/secrets",
        "/api/v1/namespaces/default/configmaps",
        "/api/v1/namespaces",
    ];

    private readonly EmbeddedDataDirectory _dataDirectory = new();
    private NodeProcess? _process;

    public NodeProcess Process => _process ?? throw new InvalidOperationException("The server is not started.");

    public Uri BaseAddress { get; private set; } = null!;

    public string Token { get; private set; } = string.Empty;

    public string CaPem { get; private set; } = string.Empty;

    /// <summary>HTTP/1.1 over TLS, trusting only the cluster CA; no default credentials.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>The seed objects as they were before any corpus ran.</summary>
    public IReadOnlyDictionary<string, JsonNode> Seeds { get; private set; } = new Dictionary<string, JsonNode>();

    /// <summary>Names of objects that known-failure cases created (the server accepted what it should refuse).</summary>
    public ConcurrentDictionary<string, string> CreatedByKnownFailures { get; } = new(StringComparer.Ordinal);

    public async ValueTask InitializeAsync()
    {
        var spec = NodeSpec.Server("badinput-1", _dataDirectory.Path, postgres: null);
        _process = NodeProcess.Start(spec);
        await _process.WaitUntilReadyAsync(ReadyTimeout);
        BaseAddress = spec.HttpBase;
        Token = (await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, ClusterCredentials.AdminTokenFileName))).Trim();
        CaPem = await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, ClusterCredentials.PkiDirectoryName, "ca.crt"));
        File.Exists(Path.Combine(_dataDirectory.Path, "kubeconfig.yaml")).ShouldBeTrue("the server writes a kubeconfig");
        Http = new HttpClient(TrustingHandler(), disposeHandler: true) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        await Eventually.HoldsAsync(
            "namespace default exists",
            TimeSpan.FromSeconds(60),
            async () => (await SendAsync(HttpMethod.Get, "/api/v1/namespaces/default")).Status == HttpStatusCode.OK,
            async () => (await SendAsync(HttpMethod.Get, "/api/v1/namespaces/default")).Body);
        await CreateSeedsAsync();
        Seeds = await ReadSeedsAsync();
    }

    /// <summary>A handler that trusts the cluster CA only (HTTP/2 over ALPN for gRPC works with it too).</summary>
    public SocketsHttpHandler TrustingHandler()
    {
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.Add(X509Certificate2.CreateFromPem(CaPem));
        return new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy } };
    }

    public GrainOrchestratorClient CreateGrpcClient(string? token) =>
        new(new GrainOrchestratorClientOptions { Address = BaseAddress, Token = token, HttpHandler = TrustingHandler() });

    /// <summary>One request with the admin token.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string? json = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The seed objects now, by URL.</summary>
    public async Task<IReadOnlyDictionary<string, JsonNode>> ReadSeedsAsync()
    {
        var seeds = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var url in SeedUrls)
        {
            var (status, body) = await SendAsync(HttpMethod.Get, url);
            status.ShouldBe(HttpStatusCode.OK, $"GET {url}: {body}");
            seeds[url] = JsonNode.Parse(body)!;
        }

        return seeds;
    }

    /// <summary>The names in each watched collection now.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ReadMembershipAsync()
    {
        var members = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var url in WatchedCollections)
        {
            var (status, body) = await SendAsync(HttpMethod.Get, url);
            status.ShouldBe(HttpStatusCode.OK, $"GET {url}: {body}");
            members[url] = JsonNode.Parse(body)!["items"]!.AsArray()
                .Select(i => i!["metadata"]!["name"]!.GetValue<string>())
                .ToHashSet(StringComparer.Ordinal);
        }

        return members;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                await _process.StopAsync(TimeSpan.FromSeconds(40));
            }

            await _process.DisposeAsync();
        }

        await _dataDirectory.DisposeAsync();
    }

    private async Task CreateSeedsAsync()
    {
        await CreateAsync("/api/v1/namespaces", """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"__NAME__"}}""".Replace("__NAME__", Namespace, StringComparison.Ordinal));
        await CreateAsync($"/api/v1/namespaces/{Namespace}/configmaps", """
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"__NAME__","labels":{"app":"seed"}},"data":{"value":"original","other":"kept"}}
            """.Replace("__NAME__", SeedConfigMap, StringComparison.Ordinal));
        await CreateAsync($"/apis/apps/v1/namespaces/{Namespace}/deployments", """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"__NAME__","labels":{"app":"seed"}},
             "spec":{"replicas":0,"selector":{"matchLabels":{"app":"seed"}},
                     "template":{"metadata":{"labels":{"app":"seed"}},"spec":{"containers":[{"name":"web","image":"nginx:1.27","ports":[{"containerPort":80}]}]}}}}
            """.Replace("__NAME__", SeedDeployment, StringComparison.Ordinal));
        await CreateAsync($"/api/v1/namespaces/{Namespace}/pods", """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"__NAME__","labels":{"app":"seed"}},"spec":{"containers":[{"name":"app","image":"busybox:1.36"}]}}
            """.Replace("__NAME__", SeedPod, StringComparison.Ordinal));

        // Whatever reacts to new objects (defaulting, controllers) must settle before the snapshot.
        await Eventually.HoldsAsync(
            "the seed objects are stable",
            TimeSpan.FromSeconds(30),
            async () =>
            {
                var before = await ReadSeedsAsync();
                await Task.Delay(TimeSpan.FromSeconds(1));
                var after = await ReadSeedsAsync();
                return before.All(p => JsonNode.DeepEquals(p.Value, after[p.Key]));
            },
            () => Task.FromResult("the seeds kept changing"));
    }

    private async Task CreateAsync(string url, string json)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, url, json);
        status.ShouldBe(HttpStatusCode.Created, $"POST {url}: {body}");
    }
}
