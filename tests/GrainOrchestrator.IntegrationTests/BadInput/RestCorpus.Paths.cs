namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>URLs that name nothing served, and bodies whose kind or identity does not match the URL.</summary>
public static partial class RestCorpus
{
    private const string NotFound = "could not find the requested resource";

    private static IEnumerable<RestCase> Paths()
    {
        yield return Get("path: unknown core resource", $"/api/v1/namespaces/{Ns}/widgets", [404], NotFound);
        yield return Get("path: unknown core version", $"/api/v2/namespaces/{Ns}/configmaps", [404], NotFound);
        yield return Get("path: unknown group", "/apis/widgets.example.com/v1/widgets", [404], NotFound);
        yield return Get("path: unknown group, namespaced", $"/apis/widgets.example.com/v1/namespaces/{Ns}/widgets/w", [404], NotFound);
        yield return Get("path: unknown version of apps", "/apis/apps/v2/deployments", [404], NotFound);
        yield return Get("path: retired apps/v1beta1", $"/apis/apps/v1beta1/namespaces/{Ns}/deployments", [404], NotFound);
        yield return Get("path: extensions/v1beta1 deployments", $"/apis/extensions/v1beta1/namespaces/{Ns}/deployments", [404], NotFound);
        yield return Get("path: configmaps in apps", $"/apis/apps/v1/namespaces/{Ns}/configmaps", [404], NotFound);
        yield return Get("path: deployments in core", $"/api/v1/namespaces/{Ns}/deployments", [404], NotFound);
        yield return Get("path: unknown subresource", $"{SeedConfigMap}/frobnicate", [404], NotFound);
        yield return Get("path: too many segments", $"{SeedConfigMap}/status/extra", [404], NotFound);
        yield return Get("path: namespaced object without namespace", $"/api/v1/configmaps/{BadInputServer.SeedConfigMap}", [404], NotFound);
        yield return Get("path: cluster-scoped kind under a namespace", $"/api/v1/namespaces/{Ns}/nodes/n1", [404], NotFound);
        yield return Get("path: kind name instead of plural", $"/api/v1/namespaces/{Ns}/ConfigMap", [404], NotFound);
        yield return Get("path: singular instead of plural", $"/api/v1/namespaces/{Ns}/configmap", [404], NotFound);
        yield return Get("path: short name instead of plural", $"/api/v1/namespaces/{Ns}/cm", [404], NotFound);
        yield return Get("path: upper-case plural", $"/api/v1/namespaces/{Ns}/ConfigMaps", [404], NotFound);
        yield return Get("path: not under /api", "/v1/namespaces/default/configmaps", [404], "not");
        yield return Get("path: unknown top-level path", "/definitely/not/served", [404], "not");
        yield return Get("path: scale of a configmap", $"{SeedConfigMap}/scale", [404], NotFound);
        yield return Get("path: log of a configmap", $"{SeedConfigMap}/log", [404], NotFound);
        yield return new RestCase("path: eviction of a configmap", "POST", $"{SeedConfigMap}/eviction")
        {
            Body = Bodies.Utf8("""{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"seed-cm"}}"""),
            ContentType = Json,
            Codes = [404],
            Fragment = NotFound,
        };
        yield return new RestCase("path: binding of a deployment", "POST", $"{SeedDeployment}/binding")
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"Binding","metadata":{"name":"seed-deploy"},"target":{"kind":"Node","name":"n1"}}"""),
            ContentType = Json,
            Codes = [404],
            Fragment = NotFound,
        };
        yield return new RestCase("path: status of a configmap", "PUT", $"{SeedConfigMap}/status")
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seed-cm"},"data":{"value":"via-status"}}"""),
            ContentType = Json,
            Codes = [404],
            Fragment = NotFound,
        };
        yield return new RestCase("path: finalize of a configmap", "PUT", $"{SeedConfigMap}/finalize")
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seed-cm"},"data":{"value":"via-finalize"}}"""),
            ContentType = Json,
            Codes = [404],
            Fragment = NotFound,
        };
        yield return Get("path: missing object", $"{ConfigMaps}/does-not-exist", [404], "configmaps \"does-not-exist\" not found") with { Reason = "NotFound" };
        yield return Get("path: missing deployment", $"{Deployments}/does-not-exist", [404], "deployments.apps \"does-not-exist\" not found");
        yield return Get("path: object in a missing namespace", "/api/v1/namespaces/no-such-ns/configmaps/x", [404], "not found");
        yield return PostJson("path: create in a missing namespace", "/api/v1/namespaces/no-such-ns/configmaps",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"orphan"}}""", [404], "namespaces \"no-such-ns\" not found");

        // The body disagrees with the URL.
        yield return PostJson("identity: Secret posted to configmaps", ConfigMaps,
            """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"mismatch-kind"},"stringData":{"a":"b"}}""", [400], "Secret");
        yield return PostJson("identity: apps/v1 ConfigMap", ConfigMaps,
            """{"apiVersion":"apps/v1","kind":"ConfigMap","metadata":{"name":"mismatch-group"}}""", [400], "apps/v1");
        yield return PostJson("identity: v2 ConfigMap", ConfigMaps,
            """{"apiVersion":"v2","kind":"ConfigMap","metadata":{"name":"mismatch-version"}}""", [400], "v2");
        yield return Post("identity: extensions/v1beta1 Deployment to apps/v1", Deployments,
            Manifests.Body(Manifests.With(Manifests.Deployment("old-api"), "apiVersion", "\"extensions/v1beta1\"")), [400], "extensions/v1beta1");
        yield return Post("identity: Deployment posted to configmaps", ConfigMaps, Manifests.Body(Manifests.Deployment("dep-as-cm")), [400], "Deployment");
        yield return Post("identity: Pod posted to services", Services, Manifests.Body(Manifests.Pod("pod-as-svc")), [400], "Pod");
        yield return PostJson("identity: kind Status", ConfigMaps, """{"apiVersion":"v1","kind":"Status","metadata":{"name":"st"}}""", [400], "Status");
        yield return PostJson("identity: namespace differs from URL", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"other-ns","namespace":"default"}}""", [400], "namespace");
        yield return new RestCase("identity: PUT with another name", "PUT", SeedConfigMap)
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"someone-else"},"data":{"value":"hijack"}}"""),
            ContentType = Json,
            Codes = [400],
            Fragment = "name",
        };
        yield return new RestCase("identity: PUT of a Secret onto a configmap", "PUT", SeedConfigMap)
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"seed-cm"},"stringData":{"value":"hijack"}}"""),
            ContentType = Json,
            Codes = [400],
            Fragment = "Secret",
        };
        yield return new RestCase("identity: PUT with a stale resourceVersion", "PUT", SeedConfigMap)
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seed-cm","resourceVersion":"1"},"data":{"value":"stale"}}"""),
            ContentType = Json,
            Codes = [409],
            Fragment = "the object has been modified",
        };
        yield return new RestCase("identity: PUT with a garbage resourceVersion", "PUT", SeedConfigMap)
        {
            Body = Bodies.Utf8("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seed-cm","resourceVersion":"not-a-version"},"data":{"value":"x"}}"""),
            ContentType = Json,
            Codes = [400, 409, 422],
            Fragment = string.Empty,
        };
        yield return PostJson("identity: create with a resourceVersion", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"with-rv","resourceVersion":"5"}}""", [400], "resourceVersion");
        yield return PostJson("identity: create of an existing name", ConfigMaps,
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seed-cm"},"data":{"value":"dup"}}""", [409], "configmaps \"seed-cm\" already exists") with { Reason = "AlreadyExists" };
    }
}
