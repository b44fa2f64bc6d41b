using GrainOrchestrator.EndToEndTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Kubectl;

/// <summary>Commands that only read what the server serves about itself: discovery, version, OpenAPI, access review.</summary>
public sealed class KubectlDiscoveryTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Every kind the server serves (but namespaces, never empty), with whether it is namespaced.</summary>
    public static TheoryData<string, bool> ServedResources => new()
    {
        { "configmaps", true }, { "endpoints", true }, { "events", true }, { "limitranges", true },
        { "nodes", false }, { "persistentvolumeclaims", true },
        { "persistentvolumes", false }, { "pods", true }, { "replicationcontrollers", true },
        { "resourcequotas", true }, { "secrets", true }, { "serviceaccounts", true }, { "services", true },
        { "controllerrevisions.apps", true }, { "daemonsets.apps", true }, { "deployments.apps", true },
        { "replicasets.apps", true }, { "statefulsets.apps", true }, { "horizontalpodautoscalers.autoscaling", true },
        { "cronjobs.batch", true }, { "jobs.batch", true }, { "leases.coordination.k8s.io", true },
        { "endpointslices.discovery.k8s.io", true }, { "ingressclasses.networking.k8s.io", false },
        { "ingresses.networking.k8s.io", true }, { "poddisruptionbudgets.policy", true },
        { "clusterrolebindings.rbac.authorization.k8s.io", false }, { "clusterroles.rbac.authorization.k8s.io", false },
        { "rolebindings.rbac.authorization.k8s.io", true }, { "roles.rbac.authorization.k8s.io", true },
    };

    [Fact]
    public async Task Api_resources_lists_kinds_with_short_names_groups_and_scope()
    {
        var rows = Rows((await server.Kubectl.RunAsync("api-resources")).ShouldSucceed());

        rows[0].ShouldBe(["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"]);
        rows.ShouldContain(r => r.SequenceEqual(new[] { "pods", "po", "v1", "true", "Pod" }));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "deployments", "deploy", "apps/v1", "true", "Deployment" }));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "services", "svc", "v1", "true", "Service" }));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "namespaces", "ns", "v1", "false", "Namespace" }));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "cronjobs", "cj", "batch/v1", "true", "CronJob" }));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "ingresses", "ing", "networking.k8s.io/v1", "true", "Ingress" }));

        var namespacedOnly = (await server.Kubectl.RunAsync("api-resources", "--namespaced=false", "-o", "name")).ShouldSucceed();
        namespacedOnly.Split('\n').ShouldContain("nodes");
        namespacedOnly.Split('\n').ShouldNotContain("pods");
    }

    [Fact]
    public async Task Api_versions_lists_the_core_and_group_versions()
    {
        var versions = (await server.Kubectl.RunAsync("api-versions")).ShouldSucceed().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        versions.ShouldContain("v1");
        versions.ShouldContain("apps/v1");
        versions.ShouldContain("batch/v1");
        versions.ShouldContain("networking.k8s.io/v1");
        versions.ShouldContain("rbac.authorization.k8s.io/v1");
        versions.ShouldBe(versions.Order(StringComparer.Ordinal).ToArray(), "kubectl sorts them; a duplicate would show here too");
    }

    [Fact]
    public async Task Version_prints_the_server_version()
    {
        var stdout = (await server.Kubectl.RunAsync("version")).ShouldSucceed();

        stdout.ShouldContain("Client Version: v1.32");
        stdout.ShouldMatch(@"(?m)^Server Version: v1\.\d+\.\d+\S*$");
        stdout.ShouldNotContain("WARNING: version difference");
    }

    [Fact]
    public async Task Cluster_info_names_the_control_plane_address()
    {
        var stdout = (await server.Kubectl.RunAsync("cluster-info")).ShouldSucceed();

        stdout.ShouldContain($"Kubernetes control plane is running at {server.Server.HttpBase!.ToString().TrimEnd('/')}");
    }

    [Theory]
    [MemberData(nameof(ServedResources))]
    public async Task Get_of_an_empty_kind_says_no_resources_found(string resource, bool namespaced)
    {
        var ns = namespaced ? "empty-ns" : null;
        var result = await server.Kubectl.RunAsync(ns is null ? ["get", resource] : ["get", resource, "-n", ns]);

        result.ShouldSucceed();
        result.Stderr.Trim().ShouldBe(ns is null ? "No resources found" : $"No resources found in {ns} namespace.");
    }

    [Fact]
    public async Task Get_namespaces_shows_the_built_in_namespaces_as_active()
    {
        var rows = Rows((await server.Kubectl.RunAsync("get", "namespaces")).ShouldSucceed());

        rows[0].ShouldBe(["NAME", "STATUS", "AGE"]);
        foreach (var name in new[] { "default", "kube-system", "kube-public", "kube-node-lease" })
        {
            rows.ShouldContain(r => r[0] == name && r[1] == "Active", name);
        }
    }

    [Theory]
    [InlineData("deployment.spec.replicas", "KIND:       Deployment", "FIELD: replicas <integer>")]
    [InlineData("pods.spec.containers.image", "KIND:       Pod", "FIELD: image <string>")]
    [InlineData("configmap", "KIND:       ConfigMap", "data\t<map[string]string>")]
    public async Task Explain_describes_fields_from_the_served_openapi(string path, string kindLine, string fieldLine)
    {
        var stdout = (await server.Kubectl.RunAsync("explain", path)).ShouldSucceed();

        stdout.ShouldContain(kindLine);
        stdout.ShouldContain(fieldLine);
        stdout.ShouldContain("DESCRIPTION:");
    }

    [Theory]
    [InlineData("create", "pods")]
    [InlineData("delete", "deployments.apps")]
    [InlineData("list", "secrets")]
    public async Task Auth_can_i_answers_yes_for_an_authenticated_user(string verb, string resource)
    {
        var result = await server.Kubectl.RunAsync("auth", "can-i", verb, resource, "-n", "default");

        result.ShouldSucceed().Trim().ShouldBe("yes");
    }

    [Fact]
    public async Task A_forged_token_is_refused_as_unauthorized()
    {
        var result = await server.Kubectl.RunAsync("--token=forged-token", "get", "pods", "-n", "default");

        result.ShouldFail().ShouldContain("error: You must be logged in to the server (Unauthorized)");
    }

    private static List<string[]> Rows(string table) =>
        table.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
}
