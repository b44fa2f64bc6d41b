using GrainOrchestrator.EndToEndTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Kubectl;

/// <summary><c>patch</c> in each type, <c>label</c>, <c>annotate</c>, <c>scale</c>, <c>set image</c> and <c>wait</c> on status.</summary>
public sealed class KubectlUpdateTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan WaitPatience = TimeSpan.FromSeconds(30);

    private KubectlRunner Kubectl => server.Kubectl;

    [Theory]
    [InlineData("strategic", """{"spec":{"template":{"spec":{"containers":[{"name":"api","image":"nginx:1.27"}]}}}}""", "{.spec.template.spec.containers[*].name} {.spec.template.spec.containers[*].image}", "api sidecar nginx:1.27 busybox:1.36")]
    [InlineData("merge", """{"metadata":{"labels":{"team":"blue"}},"spec":{"replicas":5}}""", "{.metadata.labels.team} {.spec.replicas}", "blue 5")]
    [InlineData("json", """[{"op":"replace","path":"/spec/template/spec/containers/1/image","value":"busybox:1.37"},{"op":"add","path":"/metadata/annotations","value":{"note":"x"}}]""", "{.spec.template.spec.containers[1].image} {.metadata.annotations.note}", "busybox:1.37 x")]
    public async Task Patch_of_each_type_changes_the_deployment(string type, string patch, string jsonPath, string expected)
    {
        var ns = await server.CreateNamespaceAsync("patch-" + type);
        await CreateTwoContainerDeploymentAsync(ns);

        (await Kubectl.RunAsync("patch", "deployment", "api", "-n", ns, "--type", type, "-p", patch)).ShouldSucceed().ShouldBe("deployment.apps/api patched\n");

        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", $"jsonpath={jsonPath}")).ShouldSucceed().ShouldBe(expected);
    }

    [Fact]
    public async Task Strategic_patch_merges_containers_by_name_where_merge_patch_replaces_the_list()
    {
        var ns = await server.CreateNamespaceAsync("lists");
        await CreateTwoContainerDeploymentAsync(ns);
        const string Patch = """{"spec":{"template":{"spec":{"containers":[{"name":"api","image":"nginx:1.28"}]}}}}""";

        (await Kubectl.RunAsync("patch", "deployment", "api", "-n", ns, "-p", Patch)).ShouldSucceed();
        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "jsonpath={.spec.template.spec.containers[*].name}")).ShouldSucceed().ShouldBe("api sidecar");

        (await Kubectl.RunAsync("patch", "deployment", "api", "-n", ns, "--type", "merge", "-p", Patch)).ShouldSucceed();
        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "jsonpath={.spec.template.spec.containers[*].name}")).ShouldSucceed().ShouldBe("api");
    }

    [Fact]
    public async Task Patch_without_a_change_says_no_change()
    {
        var ns = await server.CreateNamespaceAsync("nochange");
        (await Kubectl.RunAsync("create", "configmap", "same", "-n", ns, "--from-literal=a=b")).ShouldSucceed();

        (await Kubectl.RunAsync("patch", "configmap", "same", "-n", ns, "--type", "merge", "-p", """{"data":{"a":"b"}}""")).ShouldSucceed().ShouldBe("configmap/same patched (no change)\n");
    }

    [Fact]
    public async Task Label_and_annotate_add_overwrite_and_remove()
    {
        var ns = await server.CreateNamespaceAsync("meta");
        (await Kubectl.RunAsync("create", "configmap", "tagged", "-n", ns)).ShouldSucceed();

        (await Kubectl.RunAsync("label", "configmap", "tagged", "-n", ns, "env=dev", "tier=web")).ShouldSucceed().ShouldBe("configmap/tagged labeled\n");
        (await Kubectl.RunAsync("label", "configmap", "tagged", "-n", ns, "env=prod")).ShouldFail().ShouldContain("'env' already has a value (dev), and --overwrite is false");
        (await Kubectl.RunAsync("label", "configmap", "tagged", "-n", ns, "env=prod", "--overwrite")).ShouldSucceed();
        (await Kubectl.RunAsync("label", "configmap", "tagged", "-n", ns, "tier-")).ShouldSucceed().ShouldBe("configmap/tagged unlabeled\n");
        (await Kubectl.RunAsync("annotate", "configmap", "tagged", "-n", ns, "owner=team-a")).ShouldSucceed().ShouldBe("configmap/tagged annotated\n");

        (await Kubectl.RunAsync("get", "configmap", "tagged", "-n", ns, "-o", "jsonpath={.metadata.labels} {.metadata.annotations}")).ShouldSucceed()
            .ShouldBe("{\"env\":\"prod\"} {\"owner\":\"team-a\"}");
        (await Kubectl.RunAsync("get", "configmap", "-n", ns, "-l", "env=prod", "-o", "name")).ShouldSucceed().ShouldBe("configmap/tagged\n");
    }

    [Fact]
    public async Task Scale_and_set_image_change_the_deployment_spec()
    {
        var ns = await server.CreateNamespaceAsync("scale");
        await CreateTwoContainerDeploymentAsync(ns);

        (await Kubectl.RunAsync("scale", "deployment", "api", "-n", ns, "--replicas=4")).ShouldSucceed().ShouldBe("deployment.apps/api scaled\n");
        (await Kubectl.RunAsync("scale", "deployment", "api", "-n", ns, "--current-replicas=2", "--replicas=1")).ShouldFail()
            .ShouldContain("Expected replicas to be 2, was 4");
        (await Kubectl.RunAsync("set", "image", "deployment/api", "-n", ns, "api=nginx:1.29")).ShouldSucceed().ShouldBe("deployment.apps/api image updated\n");

        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "jsonpath={.spec.replicas} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[1].image}"))
            .ShouldSucceed().ShouldBe("4 nginx:1.29 busybox:1.36");
        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "wide")).ShouldSucceed().ShouldMatch(@"\napi\s+0/4\s+0\s+0\s+\d+s\s+api,sidecar\s+nginx:1\.29,busybox:1\.36\s+app=api\n");
    }

    [Fact]
    public async Task Wait_for_a_condition_set_through_the_status_subresource()
    {
        var ns = await server.CreateNamespaceAsync("waitcond");
        await CreateTwoContainerDeploymentAsync(ns);

        var waiting = Kubectl.RunAsync(["wait", "deployment/api", "-n", ns, "--for=condition=Available", "--timeout=30s"], stdin: null, timeout: WaitPatience);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        (await Kubectl.RunAsync(
            "patch", "deployment", "api", "-n", ns, "--subresource=status", "--type=merge", "-p",
            """{"status":{"conditions":[{"type":"Available","status":"True","reason":"MinimumReplicasAvailable","message":"set by the test","lastUpdateTime":"2026-01-01T00:00:00Z","lastTransitionTime":"2026-01-01T00:00:00Z"}]}}"""))
            .ShouldSucceed().ShouldBe("deployment.apps/api patched\n");

        (await waiting).ShouldSucceed().ShouldBe("deployment.apps/api condition met\n");
    }

    [Fact]
    public async Task Wait_for_a_jsonpath_value_set_through_the_status_subresource()
    {
        var ns = await server.CreateNamespaceAsync("waitjp");
        await CreateTwoContainerDeploymentAsync(ns);

        var waiting = Kubectl.RunAsync(["wait", "deployment/api", "-n", ns, "--for=jsonpath={.status.readyReplicas}=2", "--timeout=30s"], stdin: null, timeout: WaitPatience);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        (await Kubectl.RunAsync("patch", "deployment", "api", "-n", ns, "--subresource=status", "--type=merge", "-p", """{"status":{"readyReplicas":2,"replicas":2}}""")).ShouldSucceed();

        (await waiting).ShouldSucceed().ShouldBe("deployment.apps/api condition met\n");
        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns)).ShouldSucceed().ShouldMatch(@"\napi\s+2/2\s+0\s+0\s+\d+s\n");
    }

    [Fact]
    public async Task Status_subresource_patch_leaves_the_spec_alone_and_spec_patch_leaves_the_status()
    {
        var ns = await server.CreateNamespaceAsync("statusonly");
        await CreateTwoContainerDeploymentAsync(ns);

        (await Kubectl.RunAsync("patch", "deployment", "api", "-n", ns, "--subresource=status", "--type=merge", "-p", """{"spec":{"replicas":9},"status":{"replicas":7}}""")).ShouldSucceed();
        (await Kubectl.RunAsync("patch", "deployment", "api", "-n", ns, "--type=merge", "-p", """{"status":{"replicas":1}}""")).ShouldSucceed();

        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "jsonpath={.spec.replicas} {.status.replicas}")).ShouldSucceed().ShouldBe("2 7");
    }

    private async Task CreateTwoContainerDeploymentAsync(string ns) =>
        (await Kubectl.RunAsync("create", "-f", server.WriteManifest($$$"""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: {{{ns}}}, labels: {app: api}}
            spec:
              replicas: 2
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers:
                  - {name: api, image: "nginx:1.25"}
                  - {name: sidecar, image: "busybox:1.36"}
            """))).ShouldSucceed();
}
