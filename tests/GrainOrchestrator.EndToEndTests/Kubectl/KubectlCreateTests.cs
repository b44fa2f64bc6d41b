using GrainOrchestrator.EndToEndTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Kubectl;

/// <summary>kubectl's generators (protobuf bodies), <c>create -f</c>, <c>run</c> and <c>expose</c>, with default strict validation.</summary>
public sealed class KubectlCreateTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private KubectlRunner Kubectl => server.Kubectl;

    [Fact]
    public async Task Create_namespace_makes_an_active_namespace()
    {
        var name = $"made-{Guid.NewGuid().ToString("N")[..6]}";

        (await Kubectl.RunAsync("create", "namespace", name)).ShouldSucceed().ShouldBe($"namespace/{name} created\n");

        (await Kubectl.RunAsync("get", "namespace", name, "-o", "jsonpath={.status.phase}")).ShouldSucceed().ShouldBe("Active");
    }

    [Theory]
    [InlineData(new[] { "deployment", "web", "--image=nginx:1.25", "--replicas=2", "--port=80" }, "deployment.apps/web", "deployment", "{.spec.replicas} {.spec.selector.matchLabels.app} {.spec.template.spec.containers[0].image}", "2 web nginx:1.25")]
    [InlineData(new[] { "service", "clusterip", "db", "--tcp=5432:5432" }, "service/db", "service", "{.spec.type} {.spec.ports[0].port} {.spec.selector.app}", "ClusterIP 5432 db")]
    [InlineData(new[] { "configmap", "cfg", "--from-literal=color=red" }, "configmap/cfg", "configmap", "{.data.color}", "red")]
    [InlineData(new[] { "secret", "generic", "creds", "--from-literal=password=s3cret" }, "secret/creds", "secret", "{.type} {.data.password}", "Opaque czNjcmV0")]
    [InlineData(new[] { "job", "once", "--image=busybox:1.36", "--", "echo", "hi" }, "job.batch/once", "job", "{.spec.template.spec.restartPolicy} {.spec.template.spec.containers[0].command}", "Never [\"echo\",\"hi\"]")]
    public async Task Create_generators_store_the_described_object(string[] arguments, string printedName, string resource, string jsonPath, string expected)
    {
        var ns = await server.CreateNamespaceAsync("gen");

        (await Kubectl.RunAsync(["create", "-n", ns, .. arguments], stdin: null)).ShouldSucceed().ShouldBe($"{printedName} created\n");

        var name = printedName[(printedName.IndexOf('/', StringComparison.Ordinal) + 1)..];
        (await Kubectl.RunAsync("get", resource, name, "-n", ns, "-o", $"jsonpath={jsonPath}")).ShouldSucceed().ShouldBe(expected);
    }

    [Fact]
    public async Task Run_creates_a_pending_pod_labelled_with_its_name()
    {
        var ns = await server.CreateNamespaceAsync("run");

        (await Kubectl.RunAsync("run", "sleeper", "--image=busybox:1.36", "-n", ns, "--", "sleep", "3600")).ShouldSucceed().ShouldBe("pod/sleeper created\n");

        (await Kubectl.RunAsync("get", "pod", "sleeper", "-n", ns, "-o", "jsonpath={.metadata.labels.run} {.spec.containers[0].args} {.status.phase}"))
            .ShouldSucceed().ShouldBe("sleeper [\"sleep\",\"3600\"] Pending");
        (await Kubectl.RunAsync("get", "pod", "sleeper", "-n", ns)).ShouldSucceed().ShouldMatch(@"\nsleeper\s+0/1\s+Pending\s+0\s+\d+s\n$");
    }

    [Fact]
    public async Task Expose_deployment_creates_a_service_with_the_deployments_selector()
    {
        var ns = await server.CreateNamespaceAsync("expose");
        (await Kubectl.RunAsync("create", "-f", server.WriteManifest($$$"""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: shop, namespace: {{{ns}}}}
            spec:
              selector: {matchLabels: {app: shop, tier: front}}
              template:
                metadata: {labels: {app: shop, tier: front}}
                spec:
                  containers: [{name: shop, image: nginx:1.25, ports: [{containerPort: 8080}]}]
            """))).ShouldSucceed().ShouldBe("deployment.apps/shop created\n");

        (await Kubectl.RunAsync("expose", "deployment", "shop", "--port=80", "--target-port=8080", "-n", ns)).ShouldSucceed().ShouldBe("service/shop exposed\n");

        (await Kubectl.RunAsync("get", "service", "shop", "-n", ns, "-o", "jsonpath={.spec.selector.app},{.spec.selector.tier} {.spec.ports[0].port}->{.spec.ports[0].targetPort}"))
            .ShouldSucceed().ShouldBe("shop,front 80->8080");
    }

    [Fact]
    public async Task Create_from_file_and_stdin_creates_each_document()
    {
        var ns = await server.CreateNamespaceAsync("file");
        var manifest = server.WriteManifest($$$"""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: one, namespace: {{{ns}}}}
            data: {k: v}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: two, namespace: {{{ns}}}}
            stringData: {token: abc}
            """);

        (await Kubectl.RunAsync("create", "-f", manifest)).ShouldSucceed().ShouldBe("configmap/one created\nsecret/two created\n");
        (await Kubectl.RunAsync(["create", "-f", "-"], stdin: $$$"""{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"three","namespace":"{{{ns}}}"}}""")).ShouldSucceed().ShouldBe("serviceaccount/three created\n");

        (await Kubectl.RunAsync("get", "secret", "two", "-n", ns, "-o", "jsonpath={.data.token}")).ShouldSucceed().ShouldBe("YWJj");
        (await Kubectl.RunAsync("get", "configmap,secret,serviceaccount", "-n", ns, "-o", "name")).ShouldSucceed()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["configmap/one", "secret/two", "serviceaccount/three"]);
    }

    [Fact]
    public async Task Strict_validation_rejects_an_unknown_field_and_ignore_accepts_it()
    {
        var ns = await server.CreateNamespaceAsync("strict");
        var manifest = server.WriteManifest($$$"""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: typo, namespace: {{{ns}}}}
            dta: {k: v}
            """);

        var strict = await Kubectl.RunAsync("create", "-f", manifest);
        strict.ShouldFail().ShouldContain("unknown field \"dta\"");

        var ignored = await Kubectl.RunAsync("create", "-f", manifest, "--validate=false");
        ignored.ShouldSucceed().ShouldBe("configmap/typo created\n");
    }
}
