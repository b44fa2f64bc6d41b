using System.Text;
using Grpc.Core;
using V1 = GrainOrchestrator.Grpc.V1;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// The gRPC corpus: malformed manifests, unknown kinds, invalid names, oversized requests, bad
/// selectors and bad tokens, each with the status code it must end with. Applies and scales are
/// dry runs, so that a wrongly accepted one changes nothing.
/// </summary>
public static class GrpcCorpus
{
    private const string Ns = BadInputServer.Namespace;

    private static readonly Lazy<IReadOnlyDictionary<string, GrpcCase>> Table = new(Build);

    public static IReadOnlyDictionary<string, GrpcCase> All => Table.Value;

    public static TheoryData<string> Names => [.. All.Keys];

    private static Dictionary<string, GrpcCase> Build()
    {
        var table = new Dictionary<string, GrpcCase>(StringComparer.Ordinal);
        foreach (var c in Cases())
        {
            table.Add(c.Name, KnownFailures.Grpc.TryGetValue(c.Name, out var reason) ? c with { KnownFailure = reason } : c);
        }

        return table;
    }

    private static IEnumerable<GrpcCase> Cases()
    {
        GrpcCase Apply(string label, string manifest, string fragment, params StatusCode[] codes) =>
            new($"apply: {label}", (client, options) => client.ApplyAsync(new V1.ApplyRequest { Manifest = manifest, DryRun = true, Namespace = Ns }, options).ResponseAsync)
            {
                Codes = codes.Length == 0 ? [StatusCode.InvalidArgument] : codes,
                Fragment = fragment,
            };

        string ConfigMap(string name, string extra = "") => $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: {Ns}\n{extra}";

        yield return Apply("malformed YAML", "apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n", "yaml");
        yield return Apply("malformed JSON", "{\"apiVersion\":\"v1\",\"kind\":", "JSON");
        yield return Apply("YAML alias bomb", Encoding.UTF8.GetString(Bodies.YamlAliasBomb(ConfigMap("bomb"))()), "nodes");
        yield return Apply("10000 nested JSON objects", Encoding.UTF8.GetString(Bodies.NestedJsonObjects(10_000)()), "depth");
        yield return Apply("10000 nested YAML sequences", Encoding.UTF8.GetString(Bodies.NestedYamlFlow(10_000)()), "nested");
        yield return Apply("duplicate keys", ConfigMap("dup", "kind: Secret\n"), "duplicate");
        yield return Apply("an empty manifest", string.Empty, "no objects");
        yield return Apply("only comments", "# nothing\n---\n# still nothing\n", "no objects");
        yield return Apply("a scalar document", "just words\n", "not an object");
        yield return Apply("a list of scalars", "- 1\n- 2\n", "object");
        yield return Apply("an unknown kind", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n", "Widget");
        yield return Apply("an unknown version", "apiVersion: apps/v9\nkind: Deployment\nmetadata:\n  name: d\n", "apps/v9");
        yield return Apply("no apiVersion", "kind: ConfigMap\nmetadata:\n  name: x\n", "apiVersion");
        yield return Apply("apiVersion as a number", "apiVersion: 1\nkind: ConfigMap\nmetadata:\n  name: x\n", "apiVersion");
        yield return Apply("no name", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\n", "name");
        yield return Apply("metadata as a string", "apiVersion: v1\nkind: ConfigMap\nmetadata: cm\n", "metadata");
        yield return Apply("an upper-case name", ConfigMap("UpperCase"), "metadata.name");
        yield return Apply("a name with a slash", ConfigMap("\"a/b\""), "metadata.name");
        yield return Apply("a name of dot-dot", ConfigMap("\"..\""), "metadata.name");
        yield return Apply("a name of 300 characters", ConfigMap(new string('n', 300)), "metadata.name");
        yield return Apply("a unicode name", ConfigMap("héllo"), "metadata.name");
        yield return Apply("negative replicas", $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: neg\n  namespace: {Ns}\nspec:\n  replicas: -1\n  selector:\n    matchLabels:\n      app: x\n  template:\n    metadata:\n      labels:\n        app: x\n    spec:\n      containers:\n      - name: c\n        image: i\n", "spec.replicas");
        yield return Apply("replicas as a string", $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: str\n  namespace: {Ns}\nspec:\n  replicas: three\n", "replicas");
        yield return Apply("data as a list", ConfigMap("datalist", "data:\n- a\n"), "data");
        yield return Apply("an unknown field", ConfigMap("typo", "dta:\n  a: b\n"), "dta");
        yield return Apply("another namespace than the request", ConfigMap("elsewhere").Replace($"namespace: {Ns}", "namespace: default", StringComparison.Ordinal), "namespace");
        yield return Call("apply: a missing namespace", (c, o) => c.ApplyAsync(new V1.ApplyRequest { Manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lost\n  namespace: no-such-ns\n", DryRun = true }, o).ResponseAsync, "not found", StatusCode.NotFound);
        yield return Apply("more than 1000 objects", string.Join("---\n", Enumerable.Range(0, 1001).Select(i => ConfigMap($"many-{i}"))), "1000");
        yield return Apply("a 4 MiB manifest", ConfigMap("huge", "data:\n  big: " + new string('x', 4 * Bodies.MiB) + "\n"), string.Empty, StatusCode.ResourceExhausted);

        GrpcCase Call(string label, Func<V1.Resources.ResourcesClient, CallOptions, Task> call, string fragment, params StatusCode[] codes) =>
            new(label, call) { Codes = codes.Length == 0 ? [StatusCode.InvalidArgument] : codes, Fragment = fragment };

        yield return Call("get: an unknown kind", (c, o) => c.GetAsync(new V1.GetRequest { Kind = "widgets", Namespace = Ns, Name = "w" }, o).ResponseAsync, "widgets", StatusCode.InvalidArgument, StatusCode.NotFound);
        yield return Call("get: no kind", (c, o) => c.GetAsync(new V1.GetRequest { Namespace = Ns, Name = "w" }, o).ResponseAsync, "kind");
        yield return Call("get: a missing object", (c, o) => c.GetAsync(new V1.GetRequest { Kind = "configmaps", Namespace = Ns, Name = "does-not-exist" }, o).ResponseAsync, "not found", StatusCode.NotFound);
        yield return Call("get: a name with a slash", (c, o) => c.GetAsync(new V1.GetRequest { Kind = "configmaps", Namespace = Ns, Name = "x/../seed-cm" }, o).ResponseAsync, "/", StatusCode.InvalidArgument, StatusCode.NotFound);
        yield return Call("get: a name of dot-dot", (c, o) => c.GetAsync(new V1.GetRequest { Kind = "configmaps", Namespace = Ns, Name = ".." }, o).ResponseAsync, "..", StatusCode.InvalidArgument, StatusCode.NotFound);
        yield return Call("get: an empty name", (c, o) => c.GetAsync(new V1.GetRequest { Kind = "configmaps", Namespace = Ns }, o).ResponseAsync, "name");
        yield return Call("get: a namespaced kind without a namespace", (c, o) => c.GetAsync(new V1.GetRequest { Kind = "configmaps", Name = "seed-cm" }, o).ResponseAsync, "namespace");
        yield return Call("get: a namespace with a slash", (c, o) => c.GetAsync(new V1.GetRequest { Kind = "configmaps", Namespace = "a/b", Name = "seed-cm" }, o).ResponseAsync, "namespace", StatusCode.InvalidArgument, StatusCode.NotFound);
        yield return Call("list: an invalid label selector", (c, o) => c.ListAsync(new V1.ListRequest { Kind = "configmaps", Namespace = Ns, LabelSelector = "a in (" }, o).ResponseAsync, "selector");
        yield return Call("list: an unsupported field selector", (c, o) => c.ListAsync(new V1.ListRequest { Kind = "configmaps", Namespace = Ns, FieldSelector = "foo.bar=x" }, o).ResponseAsync, "foo.bar");
        yield return Call("list: a negative limit", (c, o) => c.ListAsync(new V1.ListRequest { Kind = "configmaps", Namespace = Ns, Limit = -1 }, o).ResponseAsync, "limit");
        yield return Call("list: a garbage continue token", (c, o) => c.ListAsync(new V1.ListRequest { Kind = "configmaps", Namespace = Ns, Limit = 1, Continue = "garbage" }, o).ResponseAsync, "continue", StatusCode.InvalidArgument, StatusCode.OutOfRange);
        yield return Call("list: an unknown kind", (c, o) => c.ListAsync(new V1.ListRequest { Kind = "gadgets" }, o).ResponseAsync, "gadgets", StatusCode.InvalidArgument, StatusCode.NotFound);
        yield return Call("watch: resource version abc", (c, o) => FirstEventAsync(c, new V1.WatchRequest { Kind = "configmaps", Namespace = Ns, ResourceVersion = "abc" }, o), "resource version");
        yield return Call("watch: an invalid label selector", (c, o) => FirstEventAsync(c, new V1.WatchRequest { Kind = "configmaps", Namespace = Ns, LabelSelector = "!" }, o), "selector");
        yield return Call("watch: an unsupported field selector", (c, o) => FirstEventAsync(c, new V1.WatchRequest { Kind = "configmaps", Namespace = Ns, FieldSelector = "spec.nodeName=x" }, o), "spec.nodeName");
        yield return Call("delete: an unknown propagation policy", (c, o) => c.DeleteAsync(new V1.DeleteRequest { Kind = "configmaps", Namespace = Ns, Name = "seed-cm", PropagationPolicy = "Sometimes", DryRun = true }, o).ResponseAsync, "Sometimes");
        yield return Call("delete: a negative grace period", (c, o) => c.DeleteAsync(new V1.DeleteRequest { Kind = "configmaps", Namespace = Ns, Name = "seed-cm", GracePeriodSeconds = -5, DryRun = true }, o).ResponseAsync, "grace");
        yield return Call("delete: a missing object", (c, o) => c.DeleteAsync(new V1.DeleteRequest { Kind = "configmaps", Namespace = Ns, Name = "does-not-exist" }, o).ResponseAsync, "not found", StatusCode.NotFound);
        yield return Call("delete: a name with a slash", (c, o) => c.DeleteAsync(new V1.DeleteRequest { Kind = "configmaps", Namespace = Ns, Name = "a/b", DryRun = true }, o).ResponseAsync, "/", StatusCode.InvalidArgument, StatusCode.NotFound);
        yield return Call("scale: a kind without scale", (c, o) => c.ScaleAsync(new V1.ScaleRequest { Kind = "configmaps", Namespace = Ns, Name = "seed-cm", Replicas = 2, DryRun = true }, o).ResponseAsync, "scale");
        yield return Call("scale: negative replicas", (c, o) => c.ScaleAsync(new V1.ScaleRequest { Kind = "deployments", Namespace = Ns, Name = "seed-deploy", Replicas = -3, DryRun = true }, o).ResponseAsync, "replicas");
        yield return Call("scale: a missing deployment", (c, o) => c.ScaleAsync(new V1.ScaleRequest { Kind = "deployments", Namespace = Ns, Name = "does-not-exist", Replicas = 1, DryRun = true }, o).ResponseAsync, "not found", StatusCode.NotFound);
        yield return Call("scale: a stale resource version", (c, o) => c.ScaleAsync(new V1.ScaleRequest { Kind = "deployments", Namespace = Ns, Name = "seed-deploy", Replicas = 1, ResourceVersion = "1", DryRun = true }, o).ResponseAsync, "modified", StatusCode.Aborted);
        yield return Call("scale: a garbage resource version", (c, o) => c.ScaleAsync(new V1.ScaleRequest { Kind = "deployments", Namespace = Ns, Name = "seed-deploy", Replicas = 1, ResourceVersion = "abc", DryRun = true }, o).ResponseAsync, string.Empty, StatusCode.Aborted, StatusCode.InvalidArgument);
        yield return Call("logs: a missing pod", (c, o) => FirstChunkAsync(c, new V1.LogsRequest { Namespace = Ns, Pod = "no-such-pod" }, o), "not found", StatusCode.NotFound);
        yield return Call("logs: an empty pod name", (c, o) => FirstChunkAsync(c, new V1.LogsRequest { Namespace = Ns }, o), "pod");

        foreach (var (label, headers) in (IEnumerable<(string, string[])>)
                 [
                     ("no token", []),
                     ("a forged token", ["Bearer forged-token"]),
                     ("Bearer with nothing", ["Bearer "]),
                     ("Basic credentials", ["Basic YWRtaW46YWRtaW4="]),
                     ("half of the token", ["Bearer {half}"]),
                     ("the token without a scheme", ["{token}"]),
                 ])
        {
            yield return Call($"auth: list with {label}", (c, o) => c.ListAsync(new V1.ListRequest { Kind = "configmaps", Namespace = Ns }, o).ResponseAsync, string.Empty, StatusCode.Unauthenticated) with { Authorization = headers };
        }

        yield return Call("auth: apply with a forged token", (c, o) => c.ApplyAsync(new V1.ApplyRequest { Manifest = ConfigMap("forged-apply") }, o).ResponseAsync, string.Empty, StatusCode.Unauthenticated) with { Authorization = ["Bearer forged"] };
        yield return Call("auth: watch without a token", (c, o) => FirstEventAsync(c, new V1.WatchRequest { Kind = "configmaps", Namespace = Ns }, o), string.Empty, StatusCode.Unauthenticated) with { Authorization = [] };
        yield return Call("auth: delete with a forged token", (c, o) => c.DeleteAsync(new V1.DeleteRequest { Kind = "configmaps", Namespace = Ns, Name = "seed-cm" }, o).ResponseAsync, string.Empty, StatusCode.Unauthenticated) with { Authorization = ["Bearer forged"] };
    }

    /// <summary>Waits for the first event; a watch the server accepts produces none for 10 s and ends as DeadlineExceeded.</summary>
    private static async Task FirstEventAsync(V1.Resources.ResourcesClient client, V1.WatchRequest request, CallOptions options)
    {
        using var call = client.Watch(request, options.WithDeadline(DateTime.UtcNow.AddSeconds(10)));
        await call.ResponseStream.MoveNext(options.CancellationToken);
    }

    private static async Task FirstChunkAsync(V1.Resources.ResourcesClient client, V1.LogsRequest request, CallOptions options)
    {
        using var call = client.Logs(request, options);
        await call.ResponseStream.MoveNext(options.CancellationToken);
    }
}
