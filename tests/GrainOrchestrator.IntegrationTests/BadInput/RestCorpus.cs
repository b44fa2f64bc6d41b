namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// The REST corpus: malformed or hostile requests, each with the 4xx Status it must get.
/// Split by concern over the partial files RestCorpus.*.cs; <see cref="All"/> is the table.
/// </summary>
public static partial class RestCorpus
{
    public const string Json = "application/json";
    public const string Yaml = "application/yaml";
    public const string Ns = BadInputServer.Namespace;

    public static readonly string ConfigMaps = $"/api/v1/namespaces/{Ns}/configmaps";
    public static readonly string Pods = $"/api/v1/namespaces/{Ns}/pods";
    public static readonly string Services = $"/api/v1/namespaces/{Ns}/services";
    public static readonly string Deployments = $"/apis/apps/v1/namespaces/{Ns}/deployments";
    public static readonly string SeedConfigMap = $"{ConfigMaps}/{BadInputServer.SeedConfigMap}";
    public static readonly string SeedDeployment = $"{Deployments}/{BadInputServer.SeedDeployment}";
    public static readonly string SeedPod = $"{Pods}/{BadInputServer.SeedPod}";

    private static readonly Lazy<IReadOnlyDictionary<string, RestCase>> Table = new(Build);

    public static IReadOnlyDictionary<string, RestCase> All => Table.Value;

    /// <summary>Case names for [MemberData]; the cases themselves are looked up by name.</summary>
    public static TheoryData<string> Names => [.. All.Keys];

    private static Dictionary<string, RestCase> Build()
    {
        var table = new Dictionary<string, RestCase>(StringComparer.Ordinal);
        foreach (var c in Decoding().Concat(Paths()).Concat(Names_()).Concat(Types()).Concat(Selectors())
                     .Concat(Patches()).Concat(Protocol()).Concat(Queries()).Concat(DeleteBodies()).Concat(Protobuf()))
        {
            table.Add(c.Name, KnownFailures.Rest.TryGetValue(c.Name, out var reason) ? c with { KnownFailure = reason } : c);
        }

        return table;
    }

    private static RestCase Post(string name, string url, Func<byte[]> body, IReadOnlyList<int> codes, string fragment, string? contentType = Json) =>
        new(name, "POST", url) { Body = body, ContentType = contentType, Codes = codes, Fragment = fragment };

    private static RestCase PostJson(string name, string url, string json, IReadOnlyList<int> codes, string fragment) =>
        Post(name, url, Bodies.Utf8(json), codes, fragment);

    private static RestCase Get(string name, string path, IReadOnlyList<int> codes, string fragment) =>
        new(name, "GET", path) { Codes = codes, Fragment = fragment };

    private static RestCase Patch(string name, string path, string contentType, string patch, IReadOnlyList<int> codes, string fragment) =>
        new(name, "PATCH", path) { Body = Bodies.Utf8(patch), ContentType = contentType, Codes = codes, Fragment = fragment };
}
