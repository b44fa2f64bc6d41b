using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using GrainOrchestrator.Bench.Gateway.Configuration;
using GrainOrchestrator.Bench.Gateway.Infrastructure;
using GrainOrchestrator.Bench.Shared.Objects;

namespace GrainOrchestrator.Bench.Gateway.Transports;

/// <summary>
/// The Kubernetes REST API over HTTPS with the bearer token, as kubectl or KubernetesClient send it:
/// JSON bodies, merge patch as <c>application/merge-patch+json</c>, every answer read to the end.
/// </summary>
public sealed class RestTransport : IBenchTransport
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue MergePatchJson = new("application/merge-patch+json");

    private readonly HttpClient _client;

    public RestTransport(Uri address, X509Certificate2 certificateAuthority, string token, Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        _client = new HttpClient(ClusterTrust.CreateHandler(certificateAuthority), disposeHandler: true)
        {
            BaseAddress = address,
            DefaultRequestVersion = version,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Name = version == HttpVersion.Version20 ? "REST HTTP/2" : "REST HTTP/1.1";
    }

    public string Name { get; }

    public bool Supports(BenchOperation operation) =>
        operation is BenchOperation.Get or BenchOperation.List or BenchOperation.Create or BenchOperation.MergePatch;

    public async Task<string?> RunAsync(BenchOperation operation, BenchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var collection = $"api/v1/namespaces/{request.Namespace}/configmaps";
        using var message = operation switch
        {
            BenchOperation.Get => new HttpRequestMessage(HttpMethod.Get, $"{collection}/{request.Name}"),
            BenchOperation.List => new HttpRequestMessage(HttpMethod.Get, collection),
            BenchOperation.Create => new HttpRequestMessage(HttpMethod.Post, collection)
            {
                Content = Body(Manifests.ConfigMap(request.Name), Json),
            },
            BenchOperation.MergePatch => new HttpRequestMessage(HttpMethod.Patch, $"{collection}/{request.Name}")
            {
                Content = Body(Manifests.DataPatch(request.Sequence), MergePatchJson),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "REST is measured for get, list, create and merge patch"),
        };

        using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}";
        }

        if (operation == BenchOperation.List)
        {
            using var document = JsonDocument.Parse(body);
            var items = document.RootElement.GetProperty("items").GetArrayLength();
            return items == request.ExpectedItems ? null : $"list returned {items} items, expected {request.ExpectedItems}";
        }

        return null;
    }

    public void Dispose() => _client.Dispose();

    private static ByteArrayContent Body(string json, MediaTypeHeaderValue type)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = type;
        return content;
    }
}
