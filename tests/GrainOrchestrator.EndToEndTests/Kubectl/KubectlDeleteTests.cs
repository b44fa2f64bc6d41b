using GrainOrchestrator.EndToEndTests.Infrastructure;
using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Kubectl;

/// <summary><c>delete</c> in its forms, cascading through ownerReferences, pod grace periods and <c>wait --for=delete</c>.</summary>
public sealed class KubectlDeleteTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private KubectlRunner Kubectl => server.Kubectl;

    [Fact]
    public async Task Delete_by_name_file_label_and_all()
    {
        var ns = await server.CreateNamespaceAsync("del");
        foreach (var (name, tier) in new[] { ("a", "web"), ("b", "web"), ("c", "db"), ("d", "db"), ("e", "cache") })
        {
            (await Kubectl.RunAsync("create", "configmap", name, "-n", ns)).ShouldSucceed();
            (await Kubectl.RunAsync("label", "configmap", name, "-n", ns, $"tier={tier}")).ShouldSucceed();
        }

        var fromFile = server.WriteManifest($"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: e, namespace: {ns}}}\n");

        (await Kubectl.RunAsync("delete", "configmap", "a", "-n", ns)).ShouldSucceed().ShouldBe("configmap \"a\" deleted\n");
        (await Kubectl.RunAsync("delete", "-f", fromFile)).ShouldSucceed().ShouldBe("configmap \"e\" deleted\n");
        (await Kubectl.RunAsync("delete", "configmap", "-n", ns, "-l", "tier=db")).ShouldSucceed().ShouldBe("configmap \"c\" deleted\nconfigmap \"d\" deleted\n");
        (await Kubectl.RunAsync("get", "configmap", "-n", ns, "-o", "name")).ShouldSucceed().ShouldBe("configmap/b\n");
        (await Kubectl.RunAsync("delete", "configmap", "--all", "-n", ns)).ShouldSucceed().ShouldBe("configmap \"b\" deleted\n");

        var empty = await Kubectl.RunAsync("get", "configmap", "-n", ns);
        empty.ShouldSucceed();
        empty.Stderr.ShouldContain($"No resources found in {ns} namespace.");
        (await Kubectl.RunAsync("delete", "configmap", "a", "-n", ns)).ShouldFail().ShouldContain("Error from server (NotFound): configmaps \"a\" not found");
        (await Kubectl.RunAsync("delete", "configmap", "a", "-n", ns, "--ignore-not-found")).ShouldSucceed().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("background", false)]
    [InlineData("foreground", false)]
    [InlineData("orphan", true)]
    public async Task Cascade_policy_decides_whether_owned_objects_survive(string cascade, bool dependentsSurvive)
    {
        var ns = await server.CreateNamespaceAsync("cascade-" + cascade);
        await CreateOwnerWithDependentsAsync(ns);

        (await Kubectl.RunAsync("delete", "configmap", "owner", "-n", ns, $"--cascade={cascade}")).ShouldSucceed().ShouldBe("configmap \"owner\" deleted\n");

        if (dependentsSurvive)
        {
            var left = (await Kubectl.RunAsync("get", "configmap", "-n", ns, "-o", "jsonpath={range .items[*]}{.metadata.name}={.metadata.ownerReferences}{\"\\n\"}{end}")).ShouldSucceed();
            left.ShouldBe("child-1=\nchild-2=\n", "orphaned dependents stay, with the owner's reference removed");
        }
        else
        {
            await Eventually.HoldsAsync(
                $"the dependents are gone after a {cascade} delete",
                Patience,
                async () => (await Kubectl.RunAsync("get", "configmap", "-n", ns, "-o", "name")).ShouldSucceed().Length == 0,
                async () => (await Kubectl.RunAsync("get", "configmap", "-n", ns, "-o", "yaml")).Stdout);
        }
    }

    [Fact]
    public async Task Foreground_delete_of_a_deployment_removes_it_with_an_owned_replicaset()
    {
        var ns = await server.CreateNamespaceAsync("fgdeploy");
        (await Kubectl.RunAsync("create", "deployment", "web", "--image=nginx:1.25", "-n", ns)).ShouldSucceed();
        var uid = (await Kubectl.RunAsync("get", "deployment", "web", "-n", ns, "-o", "jsonpath={.metadata.uid}")).ShouldSucceed();
        (await Kubectl.RunAsync("create", "-f", server.WriteManifest($$$"""
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: web-5d4f
              namespace: {{{ns}}}
              labels: {app: web}
              ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: {{{uid}}}, controller: true, blockOwnerDeletion: true}]
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: nginx, image: "nginx:1.25"}]}
            """))).ShouldSucceed();

        (await Kubectl.RunAsync("delete", "deployment", "web", "-n", ns, "--cascade=foreground")).ShouldSucceed().ShouldBe("deployment.apps \"web\" deleted\n");

        (await Kubectl.RunAsync("get", "deployments,replicasets", "-n", ns, "-o", "name")).ShouldSucceed().ShouldBeEmpty("kubectl waits for the foreground deletion to finish");
    }

    [Fact]
    public async Task Force_delete_of_a_bound_pod_is_immediate_and_a_graceful_one_leaves_it_terminating()
    {
        var ns = await server.CreateNamespaceAsync("grace");
        (await Kubectl.RunAsync("create", "-f", server.WriteManifest(BoundPod(ns, "forced")))).ShouldSucceed();
        (await Kubectl.RunAsync("create", "-f", server.WriteManifest(BoundPod(ns, "graceful")))).ShouldSucceed();

        var forced = await Kubectl.RunAsync("delete", "pod", "forced", "-n", ns, "--grace-period=0", "--force");
        forced.ShouldSucceed().ShouldBe("pod \"forced\" force deleted\n");
        forced.Stderr.ShouldContain("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated.");
        (await Kubectl.RunAsync("get", "pod", "forced", "-n", ns)).ShouldFail().ShouldContain("pods \"forced\" not found");

        // No node agent runs, so nothing confirms the end of a bound pod: it stays, marked for deletion.
        (await Kubectl.RunAsync("delete", "pod", "graceful", "-n", ns, "--grace-period=30", "--wait=false")).ShouldSucceed().ShouldBe("pod \"graceful\" deleted\n");
        (await Kubectl.RunAsync("get", "pod", "graceful", "-n", ns)).ShouldSucceed().ShouldMatch(@"\ngraceful\s+0/1\s+Terminating\s+0\s+\d+s\n");
        (await Kubectl.RunAsync("get", "pod", "graceful", "-n", ns, "-o", "jsonpath={.metadata.deletionGracePeriodSeconds}")).ShouldSucceed().ShouldBe("30");
    }

    [Fact]
    public async Task Wait_for_delete_returns_when_the_object_goes()
    {
        var ns = await server.CreateNamespaceAsync("waitdel");
        (await Kubectl.RunAsync("create", "configmap", "doomed", "-n", ns)).ShouldSucceed();

        var waiting = Kubectl.RunAsync(["wait", "configmap/doomed", "-n", ns, "--for=delete", "--timeout=30s"], stdin: null, timeout: Patience);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        (await Kubectl.RunAsync("delete", "configmap", "doomed", "-n", ns, "--wait=false")).ShouldSucceed();

        (await waiting).ShouldSucceed().ShouldBe("configmap/doomed condition met\n");
    }

    [Fact]
    public async Task Wait_for_delete_times_out_while_the_object_stays()
    {
        var ns = await server.CreateNamespaceAsync("waitstay");
        (await Kubectl.RunAsync("create", "configmap", "staying", "-n", ns)).ShouldSucceed();

        var result = await Kubectl.RunAsync("wait", "configmap/staying", "-n", ns, "--for=delete", "--timeout=2s");

        result.ShouldFail().ShouldContain("timed out waiting for the condition on configmaps/staying");
    }

    [Fact]
    public async Task Deleting_a_namespace_removes_what_is_in_it()
    {
        var ns = await server.CreateNamespaceAsync("gone");
        (await Kubectl.RunAsync("create", "configmap", "inside", "-n", ns)).ShouldSucceed();
        (await Kubectl.RunAsync("create", "deployment", "inside", "--image=nginx", "-n", ns)).ShouldSucceed();

        (await Kubectl.RunAsync("delete", "namespace", ns)).ShouldSucceed().ShouldBe($"namespace \"{ns}\" deleted\n");

        (await Kubectl.RunAsync("get", "namespace", ns)).ShouldFail().ShouldContain($"namespaces \"{ns}\" not found");
        (await Kubectl.RunAsync("get", "configmaps,deployments", "-n", ns, "-o", "name")).ShouldSucceed().ShouldBeEmpty();
    }

    private async Task CreateOwnerWithDependentsAsync(string ns)
    {
        (await Kubectl.RunAsync("create", "configmap", "owner", "-n", ns)).ShouldSucceed();
        var uid = (await Kubectl.RunAsync("get", "configmap", "owner", "-n", ns, "-o", "jsonpath={.metadata.uid}")).ShouldSucceed();
        foreach (var child in new[] { "child-1", "child-2" })
        {
            (await Kubectl.RunAsync("create", "-f", server.WriteManifest($$$"""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{{child}}}
                  namespace: {{{ns}}}
                  ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: owner, uid: {{{uid}}}, blockOwnerDeletion: true}]
                """))).ShouldSucceed();
        }
    }

    private static string BoundPod(string ns, string name) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{{name}}}, namespace: {{{ns}}}}
        spec:
          nodeName: worker-1
          containers: [{name: c, image: "busybox:1.36"}]
        """;
}
