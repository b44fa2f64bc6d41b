using System.Text.Json;
using GrainOrchestrator.EndToEndTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Kubectl;

/// <summary><c>kubectl get</c> in its output formats and selectors, <c>get -w</c>, and <c>describe</c>.</summary>
public sealed class KubectlGetTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan WatchPatience = TimeSpan.FromSeconds(20);

    private KubectlRunner Kubectl => server.Kubectl;

    [Fact]
    public async Task Output_formats_show_the_object_as_users_expect()
    {
        var ns = await server.CreateNamespaceAsync("fmt");
        (await Kubectl.RunAsync("create", "configmap", "settings", "-n", ns, "--from-literal=mode=fast", "--from-literal=level=3")).ShouldSucceed();

        var table = (await Kubectl.RunAsync("get", "configmap", "settings", "-n", ns)).ShouldSucceed();
        table.ShouldMatch(@"^NAME\s+DATA\s+AGE\nsettings\s+2\s+\d+s\n$");

        var yaml = (await Kubectl.RunAsync("get", "configmap", "settings", "-n", ns, "-o", "yaml")).ShouldSucceed();
        yaml.ShouldContain("apiVersion: v1\n");
        yaml.ShouldContain("kind: ConfigMap\n");
        yaml.ShouldContain("  mode: fast\n");
        yaml.ShouldContain($"  namespace: {ns}\n");

        using var json = JsonDocument.Parse((await Kubectl.RunAsync("get", "configmap", "settings", "-n", ns, "-o", "json")).ShouldSucceed());
        json.RootElement.GetProperty("kind").GetString().ShouldBe("ConfigMap");
        json.RootElement.GetProperty("data").GetProperty("level").GetString().ShouldBe("3");
        json.RootElement.GetProperty("metadata").GetProperty("uid").GetString().ShouldNotBeNullOrEmpty();
        json.RootElement.GetProperty("metadata").GetProperty("resourceVersion").GetString().ShouldNotBeNullOrEmpty();

        (await Kubectl.RunAsync("get", "configmap", "-n", ns, "-o", "name")).ShouldSucceed().ShouldBe("configmap/settings\n");
        (await Kubectl.RunAsync("get", "configmap", "settings", "-n", ns, "-o", "jsonpath={.data.mode}/{.metadata.name}")).ShouldSucceed().ShouldBe("fast/settings");
        (await Kubectl.RunAsync("get", "configmap", "-n", ns, "-o", "custom-columns=N:.metadata.name,M:.data.mode", "--no-headers")).ShouldSucceed().ShouldMatch(@"^settings\s+fast\n$");
    }

    [Fact]
    public async Task Wide_tables_carry_the_upstream_columns_for_pods_deployments_and_services()
    {
        var ns = await server.CreateNamespaceAsync("wide");
        (await Kubectl.RunAsync("run", "solo", "--image=busybox:1.36", "-n", ns)).ShouldSucceed();
        (await Kubectl.RunAsync("create", "deployment", "web", "--image=nginx:1.25", "--replicas=2", "-n", ns)).ShouldSucceed();
        (await Kubectl.RunAsync("create", "service", "clusterip", "web", "--tcp=80:8080", "-n", ns)).ShouldSucceed();

        var pods = (await Kubectl.RunAsync("get", "pods", "-n", ns, "-o", "wide")).ShouldSucceed();
        pods.ShouldMatch(@"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES\n");
        pods.ShouldMatch(@"\nsolo\s+0/1\s+Pending\s+0\s+\d+s\s+<none>\s+<none>\s+<none>\s+<none>\n");

        var deployments = (await Kubectl.RunAsync("get", "deployments", "-n", ns, "-o", "wide")).ShouldSucceed();
        deployments.ShouldMatch(@"^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR\n");
        deployments.ShouldMatch(@"\nweb\s+0/2\s+0\s+0\s+\d+s\s+nginx\s+nginx:1\.25\s+app=web\n");

        var services = (await Kubectl.RunAsync("get", "services", "-n", ns)).ShouldSucceed();
        services.ShouldMatch(@"^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\n");
        services.ShouldMatch(@"\nweb\s+ClusterIP\s+\S+\s+<none>\s+80/TCP\s+\d+s\n");
    }

    [Fact]
    public async Task All_namespaces_label_and_field_selectors_pick_the_right_objects()
    {
        var first = await server.CreateNamespaceAsync("sel-a");
        var second = await server.CreateNamespaceAsync("sel-b");
        var manifest = server.WriteManifest($"""
            apiVersion: v1
            kind: ConfigMap
            metadata: {"{"}name: front, namespace: {first}, labels: {"{"}tier: web, zone: east{"}"}{"}"}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {"{"}name: back, namespace: {first}, labels: {"{"}tier: db{"}"}{"}"}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {"{"}name: front, namespace: {second}, labels: {"{"}tier: web{"}"}{"}"}
            """);
        (await Kubectl.RunAsync("create", "-f", manifest)).ShouldSucceed();

        var everywhere = (await Kubectl.RunAsync("get", "configmaps", "-A", "-l", "tier=web")).ShouldSucceed();
        everywhere.ShouldMatch(@"^NAMESPACE\s+NAME\s+DATA\s+AGE\n");
        everywhere.ShouldMatch($@"\n{first}\s+front\s+0\s+\d+s\n");
        everywhere.ShouldMatch($@"\n{second}\s+front\s+0\s+\d+s\n");
        everywhere.ShouldNotContain("back");

        Names(await Kubectl.RunAsync("get", "cm", "-n", first, "-l", "tier in (web,db),zone!=east", "-o", "name")).ShouldBe(["configmap/back"]);
        Names(await Kubectl.RunAsync("get", "cm", "-n", first, "-l", "!zone", "-o", "name")).ShouldBe(["configmap/back"]);
        Names(await Kubectl.RunAsync("get", "cm", "-n", first, "--field-selector", "metadata.name=front", "-o", "name")).ShouldBe(["configmap/front"]);
        Names(await Kubectl.RunAsync("get", "cm", "-A", "--field-selector", $"metadata.namespace={second}", "-o", "name")).ShouldBe(["configmap/front"]);

        var labels = (await Kubectl.RunAsync("get", "cm", "-n", first, "--show-labels")).ShouldSucceed();
        labels.ShouldMatch(@"^NAME\s+DATA\s+AGE\s+LABELS\n");
        labels.ShouldMatch(@"\nback\s+0\s+\d+s\s+tier=db\n");
        labels.ShouldMatch(@"\nfront\s+0\s+\d+s\s+tier=web,zone=east\n");
    }

    [Fact]
    public async Task Pod_field_selector_on_phase_and_node()
    {
        var ns = await server.CreateNamespaceAsync("podsel");
        (await Kubectl.RunAsync("create", "-f", server.WriteManifest($"""
            apiVersion: v1
            kind: Pod
            metadata: {"{"}name: placed, namespace: {ns}{"}"}
            spec:
              nodeName: worker-7
              containers: [{"{"}name: c, image: busybox{"}"}]
            """))).ShouldSucceed();
        (await Kubectl.RunAsync("run", "floating", "--image=busybox", "-n", ns)).ShouldSucceed();

        Names(await Kubectl.RunAsync("get", "pods", "-n", ns, "--field-selector", "spec.nodeName=worker-7", "-o", "name")).ShouldBe(["pod/placed"]);
        Names(await Kubectl.RunAsync("get", "pods", "-n", ns, "--field-selector", "status.phase=Pending", "-o", "name")).ShouldBe(["pod/floating", "pod/placed"]);
        var none = await Kubectl.RunAsync("get", "pods", "-n", ns, "--field-selector", "status.phase=Running");
        none.ShouldSucceed();
        none.Stderr.ShouldContain($"No resources found in {ns} namespace.");
    }

    [Fact]
    public async Task Watch_prints_a_later_change_as_it_happens()
    {
        var ns = await server.CreateNamespaceAsync("watch");
        (await Kubectl.RunAsync("create", "configmap", "watched", "-n", ns)).ShouldSucceed();

        await using var watch = Kubectl.Start("get", "configmaps", "-n", ns, "-w", "--output-watch-events", "--show-labels");
        await watch.WaitForLineAsync("the ADDED row", l => l.StartsWith("ADDED", StringComparison.Ordinal) && l.Contains("watched", StringComparison.Ordinal), WatchPatience);

        (await Kubectl.RunAsync("label", "configmap", "watched", "-n", ns, "color=blue")).ShouldSucceed();
        await watch.WaitForLineAsync("the MODIFIED row with the new label", l => l.StartsWith("MODIFIED", StringComparison.Ordinal) && l.Contains("color=blue", StringComparison.Ordinal), WatchPatience);

        (await Kubectl.RunAsync("create", "configmap", "later", "-n", ns)).ShouldSucceed();
        await watch.WaitForLineAsync("the ADDED row of the later object", l => l.StartsWith("ADDED", StringComparison.Ordinal) && l.Contains("later", StringComparison.Ordinal), WatchPatience);

        (await Kubectl.RunAsync("delete", "configmap", "watched", "-n", ns)).ShouldSucceed();
        await watch.WaitForLineAsync("the DELETED row", l => l.StartsWith("DELETED", StringComparison.Ordinal) && l.Contains("watched", StringComparison.Ordinal), WatchPatience);
        watch.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task Watch_across_namespaces_ends_cleanly_at_the_request_timeout()
    {
        var ns = await server.CreateNamespaceAsync("watchall");
        (await Kubectl.RunAsync("run", "early", "--image=busybox", "-n", ns)).ShouldSucceed();

        var watching = Kubectl.RunAsync(["get", "pods", "-A", "-w", "--request-timeout=6s"], stdin: null);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        (await Kubectl.RunAsync("run", "late", "--image=busybox", "-n", ns)).ShouldSucceed();
        var result = await watching;

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldMatch(@"^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\n");
        result.Stdout.ShouldMatch($@"\n{ns}\s+early\s+0/1\s+Pending\s+0\s+\d+s\n");
        result.Stdout.ShouldMatch($@"\n{ns}\s+late\s+0/1\s+Pending\s+0\s+\d+s\n");
    }

    [Fact]
    public async Task Describe_shows_a_configmap_with_its_data_and_events()
    {
        var ns = await server.CreateNamespaceAsync("desc");
        (await Kubectl.RunAsync("create", "configmap", "app-config", "-n", ns, "--from-literal=greeting=hello")).ShouldSucceed();
        var uid = (await Kubectl.RunAsync("get", "configmap", "app-config", "-n", ns, "-o", "jsonpath={.metadata.uid}")).ShouldSucceed();
        (await Kubectl.RunAsync("create", "-f", server.WriteManifest($"""
            apiVersion: v1
            kind: Event
            metadata: {"{"}name: app-config.e2e, namespace: {ns}{"}"}
            involvedObject: {"{"}apiVersion: v1, kind: ConfigMap, name: app-config, namespace: {ns}, uid: {uid}{"}"}
            reason: Reloaded
            message: picked up by the test
            type: Normal
            count: 1
            source: {"{"}component: e2e-tests{"}"}
            """))).ShouldSucceed();

        var stdout = (await Kubectl.RunAsync("describe", "configmap", "app-config", "-n", ns)).ShouldSucceed();

        stdout.ShouldMatch(@"(?m)^Name:\s+app-config$");
        stdout.ShouldMatch($@"(?m)^Namespace:\s+{ns}$");
        stdout.ShouldMatch(@"(?m)^greeting:\n----\nhello$");
        stdout.ShouldMatch(@"(?m)^Events:\n\s+Type\s+Reason\s+Age\s+From\s+Message\n");
        stdout.ShouldMatch(@"(?m)^\s+Normal\s+Reloaded\s+\S+\s+e2e-tests\s+picked up by the test$");
    }

    [Fact]
    public async Task Describe_shows_a_deployment_with_its_template()
    {
        var ns = await server.CreateNamespaceAsync("descdep");
        (await Kubectl.RunAsync("create", "deployment", "api", "--image=nginx:1.25", "--replicas=3", "--port=80", "-n", ns)).ShouldSucceed();

        var stdout = (await Kubectl.RunAsync("describe", "deployment", "api", "-n", ns)).ShouldSucceed();

        stdout.ShouldMatch(@"(?m)^Name:\s+api$");
        stdout.ShouldMatch(@"(?m)^Selector:\s+app=api$");
        stdout.ShouldMatch(@"(?m)^Replicas:\s+3 desired \| 0 updated \| 0 total \| 0 available \| 0 unavailable$");
        stdout.ShouldMatch(@"(?m)^StrategyType:\s+RollingUpdate$");
        stdout.ShouldMatch(@"(?m)^\s+Image:\s+nginx:1\.25$");
        stdout.ShouldMatch(@"(?m)^\s+Port:\s+80/TCP$");
        stdout.ShouldMatch(@"(?m)^Events:\s+<none>$");
    }

    private static string[] Names(KubectlResult result) =>
        result.ShouldSucceed().Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
