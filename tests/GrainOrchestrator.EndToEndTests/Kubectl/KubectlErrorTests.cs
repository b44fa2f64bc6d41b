using GrainOrchestrator.EndToEndTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Kubectl;

/// <summary>Errors as kubectl prints them from the server's metav1.Status answers.</summary>
public sealed class KubectlErrorTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private KubectlRunner Kubectl => server.Kubectl;

    [Theory]
    [InlineData("pod", "nope", "Error from server (NotFound): pods \"nope\" not found")]
    [InlineData("deployment", "nope", "Error from server (NotFound): deployments.apps \"nope\" not found")]
    [InlineData("namespace", "nope", "Error from server (NotFound): namespaces \"nope\" not found")]
    [InlineData("ingress", "nope", "Error from server (NotFound): ingresses.networking.k8s.io \"nope\" not found")]
    public async Task Get_of_a_missing_object_prints_not_found(string resource, string name, string expected)
    {
        var result = await Kubectl.RunAsync("get", resource, name);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stdout.ShouldBeEmpty();
        result.Stderr.Trim().ShouldBe(expected);
    }

    [Fact]
    public async Task An_unknown_resource_type_is_reported_by_kubectl()
    {
        var result = await Kubectl.RunAsync("get", "widgets");

        result.ShouldFail().ShouldContain("error: the server doesn't have a resource type \"widgets\"");
    }

    [Fact]
    public async Task An_invalid_pod_prints_each_cause_on_its_own_line()
    {
        var manifest = server.WriteManifest("""
            apiVersion: v1
            kind: Pod
            metadata: {name: broken, namespace: default}
            spec:
              containers:
              - {name: "", image: ""}
              - {name: "Bad_Name", image: "busybox"}
            """);

        var result = await Kubectl.RunAsync("create", "-f", manifest);

        var stderr = result.ShouldFail();
        stderr.ShouldContain("The Pod \"broken\" is invalid: \n");
        stderr.ShouldContain("* spec.containers[0].name: Required value\n");
        stderr.ShouldContain("* spec.containers[0].image: Required value\n");
        stderr.ShouldMatch(@"\* spec\.containers\[1\]\.name: Invalid value: ""Bad_Name"": ");
        (await Kubectl.RunAsync("get", "pod", "broken", "-n", "default")).ShouldFail();
    }

    [Fact]
    public async Task A_pod_without_containers_is_invalid_with_one_cause()
    {
        var result = await Kubectl.RunAsync(["create", "-f", "-"], stdin: """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"empty","namespace":"default"},"spec":{"containers":[]}}""");

        result.ShouldFail().Trim().ShouldBe("The Pod \"empty\" is invalid: spec.containers: Required value");
    }

    [Fact]
    public async Task An_invalid_name_from_a_generator_is_reported()
    {
        var result = await Kubectl.RunAsync("create", "configmap", "Not_Valid", "-n", "default");

        result.ShouldFail().ShouldContain("ConfigMap \"Not_Valid\" is invalid: metadata.name: Invalid value: \"Not_Valid\"");
    }

    [Fact]
    public async Task A_replace_with_a_stale_resource_version_prints_the_conflict()
    {
        (await Kubectl.RunAsync("create", "configmap", "contended", "-n", "default", "--from-literal=v=1")).ShouldSucceed();
        var stale = (await Kubectl.RunAsync("get", "configmap", "contended", "-n", "default", "-o", "yaml")).ShouldSucceed();
        (await Kubectl.RunAsync("label", "configmap", "contended", "-n", "default", "touched=yes")).ShouldSucceed();
        var path = server.WriteManifest(stale.Replace("v: \"1\"", "v: \"2\"", StringComparison.Ordinal));

        var result = await Kubectl.RunAsync("replace", "-f", path);

        result.ShouldFail().Trim().ShouldBe(
            $"Error from server (Conflict): error when replacing \"{path}\": Operation cannot be fulfilled on configmaps \"contended\": the object has been modified; please apply your changes to the latest version and try again");
        (await Kubectl.RunAsync("get", "configmap", "contended", "-n", "default", "-o", "jsonpath={.data.v}")).ShouldSucceed().ShouldBe("1");
    }

    [Fact]
    public async Task Creating_an_existing_object_prints_already_exists()
    {
        (await Kubectl.RunAsync("create", "configmap", "twice", "-n", "default")).ShouldSucceed();
        var manifest = server.WriteManifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: twice, namespace: default}\n");

        (await Kubectl.RunAsync("create", "configmap", "twice", "-n", "default")).ShouldFail().Trim()
            .ShouldBe("error: failed to create configmap: configmaps \"twice\" already exists");
        (await Kubectl.RunAsync("create", "-f", manifest)).ShouldFail().Trim()
            .ShouldBe($"Error from server (AlreadyExists): error when creating \"{manifest}\": configmaps \"twice\" already exists");
    }

    [Fact]
    public async Task Creating_in_a_missing_namespace_is_not_found()
    {
        var result = await Kubectl.RunAsync("create", "configmap", "lost", "-n", "no-such-ns");

        result.ShouldFail().ShouldContain("namespaces \"no-such-ns\" not found");
    }

    [Fact]
    public async Task An_invalid_patch_is_rejected_and_leaves_the_object()
    {
        (await Kubectl.RunAsync("create", "configmap", "patched-badly", "-n", "default", "--from-literal=a=b")).ShouldSucceed();

        var result = await Kubectl.RunAsync("patch", "configmap", "patched-badly", "-n", "default", "--type", "json", "-p", """[{"op":"remove","path":"/data/missing"}]""");

        // 422 Invalid, as upstream answers a JSON patch that does not apply.
        result.ShouldFail().ShouldContain("The ConfigMap \"patched-badly\" is invalid");
        (await Kubectl.RunAsync("get", "configmap", "patched-badly", "-n", "default", "-o", "jsonpath={.data}")).ShouldSucceed().ShouldBe("{\"a\":\"b\"}");
    }
}
