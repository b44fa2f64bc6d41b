using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using GrainOrchestrator.IntegrationTests.Processes;

namespace GrainOrchestrator.IntegrationTests.Observability;

/// <summary>
/// The Grafana dashboards may only use metrics the code emits: a real server is exercised
/// (writes, lists, a watch, HTTP), scraped, and every metric a dashboard query names must be there.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed partial class DashboardMetricsTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_metric_in_the_dashboards_is_emitted_and_metrics_need_a_token()
    {
        await using var dataDir = new EmbeddedDataDirectory();
        var spec = NodeSpec.Server("metrics-1", dataDir.Path, postgres: null);
        await using var server = NodeProcess.Start(spec);
        await server.WaitUntilReadyAsync(ReadyTimeout);

        using var http = TrustingClient(dataDir.Path, spec.HttpBase);
        (await http.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "/metrics is not anonymous by default");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await File.ReadAllTextAsync(Path.Combine(dataDir.Path, "admin-token"), TestContext.Current.CancellationToken)).Trim());

        await ExerciseAsync(http);
        var scraped = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var emitted = MetricName().Matches(scraped).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var missing = new List<string>();
        var checkedMetrics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dashboard in Directory.GetFiles(Path.Combine(RepositoryRoot(), "dashboards"), "*.json"))
        {
            foreach (var metric in DashboardMetrics(dashboard))
            {
                checkedMetrics.Add(metric);
                if (!emitted.Contains(metric))
                {
                    missing.Add($"{Path.GetFileName(dashboard)}: {metric}");
                }
            }
        }

        checkedMetrics.ShouldContain("grainorchestrator_apimachinery_object_writes_total", "the query parser found the dashboards' series");
        checkedMetrics.Count.ShouldBeGreaterThan(10);
        missing.ShouldBeEmpty($"metrics used by dashboards but not emitted; emitted: {string.Join(", ", emitted.Where(e => e.StartsWith("grainorchestrator", StringComparison.Ordinal)))}");
    }

    private static async Task ExerciseAsync(HttpClient http)
    {
        for (var i = 0; i < 3; i++)
        {
            var body = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = $"m{i}" }, ["data"] = new JsonObject { ["k"] = "v" } };
            using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            (await http.PostAsync(new Uri("/api/v1/namespaces/default/configmaps", UriKind.Relative), content)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await http.GetAsync(new Uri("/api/v1/namespaces/default/configmaps", UriKind.Relative))).EnsureSuccessStatusCode();
        using var watch = await http.GetAsync(new Uri("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1", UriKind.Relative));
        watch.EnsureSuccessStatusCode();
        (await watch.Content.ReadAsStringAsync()).ShouldContain("\"ADDED\"");
        (await http.DeleteAsync(new Uri("/api/v1/namespaces/default/configmaps/m0", UriKind.Relative))).EnsureSuccessStatusCode();

        // Give the periodic metric readers a moment (histograms and counters are exported on scrape).
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    /// <summary>Series names in the PromQL of every panel: what remains after label clauses, matchers, ranges and functions are removed.</summary>
    private static IEnumerable<string> DashboardMetrics(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var panel in json["panels"]!.AsArray())
        {
            foreach (var target in panel!["targets"]!.AsArray())
            {
                var expr = target!["expr"]!.GetValue<string>();
                expr = LabelClauses().Replace(expr, " ");
                foreach (Match m in Identifier().Matches(expr))
                {
                    if (!PromFunctions.Contains(m.Value))
                    {
                        yield return m.Value;
                    }
                }
            }
        }
    }

    private static readonly HashSet<string> PromFunctions = ["sum", "max", "min", "avg", "count", "rate", "irate", "increase", "histogram_quantile", "by", "without", "on", "ignoring"];

    private static HttpClient TrustingClient(string dataDirectory, Uri baseAddress)
    {
        var ca = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(dataDirectory, "pki", "ca.crt")));
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return certificate is not null && chain.Build(certificate);
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GrainOrchestrator.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{| )", RegexOptions.Multiline)]
    private static partial Regex MetricName();

    // by (...) / without (...) label lists, {...} matchers and [...] ranges.
    [GeneratedRegex(@"\b(by|without)\s*\([^)]*\)|\{[^}]*\}|\[[^\]]*\]")]
    private static partial Regex LabelClauses();

    [GeneratedRegex(@"(?<![0-9.])\b[a-zA-Z_][a-zA-Z0-9_]*\b")]
    private static partial Regex Identifier();
}
