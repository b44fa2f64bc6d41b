using GrainOrchestrator.EndToEndTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Kubectl;

/// <summary><c>apply</c> (client- and server-side), <c>diff</c>, <c>edit</c>, <c>replace</c>.</summary>
public sealed class KubectlApplyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private KubectlRunner Kubectl => server.Kubectl;

    [Fact]
    public async Task Apply_of_a_multi_document_file_creates_then_reports_unchanged_then_configured()
    {
        var ns = $"shop-{Guid.NewGuid().ToString("N")[..6]}";
        var manifest = server.WriteManifest(ShopManifest(ns, replicas: 1, image: "nginx:1.25"));

        (await Kubectl.RunAsync("apply", "-f", manifest)).ShouldSucceed()
            .ShouldBe($"namespace/{ns} created\ndeployment.apps/api created\nservice/api created\n");
        (await Kubectl.RunAsync("apply", "-f", manifest)).ShouldSucceed()
            .ShouldBe($"namespace/{ns} unchanged\ndeployment.apps/api unchanged\nservice/api unchanged\n");

        var changed = server.WriteManifest(ShopManifest(ns, replicas: 3, image: "nginx:1.26"));
        (await Kubectl.RunAsync("apply", "-f", changed)).ShouldSucceed()
            .ShouldBe($"namespace/{ns} unchanged\ndeployment.apps/api configured\nservice/api unchanged\n");

        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "jsonpath={.spec.replicas} {.spec.template.spec.containers[0].image} {.metadata.generation}"))
            .ShouldSucceed().ShouldBe("3 nginx:1.26 2");
        (await Kubectl.RunAsync("get", "service", "api", "-n", ns, "-o", "jsonpath={.spec.selector.app}")).ShouldSucceed().ShouldBe("api");
        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "jsonpath={.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}"))
            .ShouldSucceed().ShouldContain("\"replicas\":3");
    }

    [Fact]
    public async Task Client_side_apply_removes_a_field_dropped_from_the_manifest()
    {
        var ns = await server.CreateNamespaceAsync("prune");
        (await Kubectl.RunAsync("apply", "-f", server.WriteManifest(ConfigMap(ns, "settings", "a: \"1\"\n  b: \"2\"")))).ShouldSucceed();
        (await Kubectl.RunAsync("apply", "-f", server.WriteManifest(ConfigMap(ns, "settings", "a: \"1\"")))).ShouldSucceed().ShouldBe("configmap/settings configured\n");

        (await Kubectl.RunAsync("get", "configmap", "settings", "-n", ns, "-o", "jsonpath={.data}")).ShouldSucceed().ShouldBe("{\"a\":\"1\"}");
    }

    [Fact]
    public async Task Server_side_apply_creates_updates_and_records_the_field_manager()
    {
        var ns = await server.CreateNamespaceAsync("ssa");

        (await Kubectl.RunAsync("apply", "--server-side", "-f", server.WriteManifest(ConfigMap(ns, "flags", "feature: \"off\"")))).ShouldSucceed()
            .ShouldBe("configmap/flags serverside-applied\n");
        (await Kubectl.RunAsync("apply", "--server-side", "-f", server.WriteManifest(ConfigMap(ns, "flags", "feature: \"on\"")))).ShouldSucceed()
            .ShouldBe("configmap/flags serverside-applied\n");

        (await Kubectl.RunAsync("get", "configmap", "flags", "-n", ns, "-o", "jsonpath={.data.feature}")).ShouldSucceed().ShouldBe("on");
        (await Kubectl.RunAsync("get", "configmap", "flags", "-n", ns, "--show-managed-fields", "-o", "jsonpath={.metadata.managedFields[0].manager}/{.metadata.managedFields[0].operation}"))
            .ShouldSucceed().ShouldBe("kubectl/Apply");
    }

    [Fact]
    public async Task Server_side_apply_reports_a_conflict_with_another_manager_unless_forced()
    {
        var ns = await server.CreateNamespaceAsync("ssaconf");
        var manifest = server.WriteManifest(ConfigMap(ns, "shared", "owner: first"));
        (await Kubectl.RunAsync("apply", "--server-side", "--field-manager=first", "-f", manifest)).ShouldSucceed();
        var other = server.WriteManifest(ConfigMap(ns, "shared", "owner: second"));

        var conflict = await Kubectl.RunAsync("apply", "--server-side", "--field-manager=second", "-f", other);
        conflict.ShouldFail().ShouldContain("Apply failed with 1 conflict: conflict with \"first\": .data.owner");

        (await Kubectl.RunAsync("apply", "--server-side", "--field-manager=second", "--force-conflicts", "-f", other)).ShouldSucceed();
        (await Kubectl.RunAsync("get", "configmap", "shared", "-n", ns, "-o", "jsonpath={.data.owner}")).ShouldSucceed().ShouldBe("second");
    }

    [Fact]
    public async Task Diff_exits_1_with_a_diff_for_a_change_and_0_when_unchanged()
    {
        var ns = await server.CreateNamespaceAsync("diff");
        var original = server.WriteManifest(ShopDeployment(ns, replicas: 1, image: "nginx:1.25"));
        (await Kubectl.RunAsync("apply", "-f", original)).ShouldSucceed();

        var same = await Kubectl.RunAsync("diff", "-f", original);
        same.ExitCode.ShouldBe(0, same.ToString());
        same.Stdout.ShouldBeEmpty();

        var changed = await Kubectl.RunAsync("diff", "-f", server.WriteManifest(ShopDeployment(ns, replicas: 4, image: "nginx:1.25")));
        changed.ExitCode.ShouldBe(1, changed.ToString());
        changed.Stdout.ShouldContain($"apps.v1.Deployment.{ns}.api");
        changed.Stdout.ShouldContain("-  replicas: 1\n");
        changed.Stdout.ShouldContain("+  replicas: 4\n");

        (await Kubectl.RunAsync("get", "deployment", "api", "-n", ns, "-o", "jsonpath={.spec.replicas}")).ShouldSucceed().ShouldBe("1", "diff must not change the object (it is a dry run)");
    }

    [Fact]
    public async Task Edit_with_a_non_interactive_editor_saves_the_change()
    {
        var ns = await server.CreateNamespaceAsync("edit");
        (await Kubectl.RunAsync("create", "configmap", "tunable", "-n", ns, "--from-literal=threads=4")).ShouldSucceed();
        var editor = server.WriteManifest("#!/bin/sh\nsed -i 's/threads: \"4\"/threads: \"16\"/' \"$1\"\n");

        // An EDITOR with a space runs through a shell, so the script needs no execute bit.
        var result = await Kubectl.RunAsync(["edit", "configmap", "tunable", "-n", ns], stdin: null, new Dictionary<string, string> { ["EDITOR"] = "sh " + editor });

        result.ShouldSucceed().ShouldBe("configmap/tunable edited\n");
        (await Kubectl.RunAsync("get", "configmap", "tunable", "-n", ns, "-o", "jsonpath={.data.threads}")).ShouldSucceed().ShouldBe("16");
    }

    [Fact]
    public async Task Edit_without_a_change_says_edit_cancelled()
    {
        var ns = await server.CreateNamespaceAsync("noedit");
        (await Kubectl.RunAsync("create", "configmap", "kept", "-n", ns, "--from-literal=a=b")).ShouldSucceed();

        var result = await Kubectl.RunAsync(["edit", "configmap", "kept", "-n", ns], stdin: null, new Dictionary<string, string> { ["EDITOR"] = "/bin/true" });

        result.ShouldSucceed();
        result.Stderr.ShouldContain("Edit cancelled, no changes made.");
    }

    [Fact]
    public async Task Replace_from_a_file_overwrites_the_object()
    {
        var ns = await server.CreateNamespaceAsync("replace");
        (await Kubectl.RunAsync("create", "configmap", "whole", "-n", ns, "--from-literal=a=1", "--from-literal=b=2")).ShouldSucceed();

        (await Kubectl.RunAsync("replace", "-f", server.WriteManifest(ConfigMap(ns, "whole", "c: \"3\"")))).ShouldSucceed().ShouldBe("configmap/whole replaced\n");

        (await Kubectl.RunAsync("get", "configmap", "whole", "-n", ns, "-o", "jsonpath={.data}")).ShouldSucceed().ShouldBe("{\"c\":\"3\"}");
    }

    private static string ConfigMap(string ns, string name, string data) => $$$"""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: {{{name}}}, namespace: {{{ns}}}}
        data:
          {{{data}}}
        """;

    private static string ShopManifest(string ns, int replicas, string image) => $$$"""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {{{ns}}}
        ---
        {{{ShopDeployment(ns, replicas, image)}}}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          namespace: {{{ns}}}
        spec:
          selector: {app: api}
          ports: [{port: 80, targetPort: 8080}]
        """;

    private static string ShopDeployment(string ns, int replicas, string image) => $$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: {{{ns}}}
          labels: {app: api}
        spec:
          replicas: {{{replicas}}}
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers:
              - name: api
                image: {{{image}}}
                ports: [{containerPort: 8080}]
        """;
}
