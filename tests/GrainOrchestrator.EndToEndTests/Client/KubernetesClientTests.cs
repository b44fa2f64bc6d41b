using System.Net;
using System.Text.Json;
using GrainOrchestrator.EndToEndTests.Infrastructure;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace GrainOrchestrator.EndToEndTests.Client;

/// <summary>The NuGet KubernetesClient, configured only from the server's kubeconfig (CA and token).</summary>
public sealed class KubernetesClientTests(ServerFixture server) : IClassFixture<ServerFixture>, IDisposable
{
    private static readonly TimeSpan WatchPatience = TimeSpan.FromSeconds(20);

    private readonly Kubernetes _client = new(KubernetesClientConfiguration.BuildConfigFromConfigFile(server.KubeconfigPath));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfigMap_create_read_replace_delete()
    {
        var ns = await server.CreateNamespaceAsync("cs-crud");

        var created = await _client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("settings", new() { ["mode"] = "fast" }), ns, cancellationToken: Cancel);
        created.Metadata.Uid.ShouldNotBeNullOrEmpty();
        created.Metadata.ResourceVersion.ShouldNotBeNullOrEmpty();
        created.Metadata.CreationTimestamp.ShouldNotBeNull();

        var read = await _client.CoreV1.ReadNamespacedConfigMapAsync("settings", ns, cancellationToken: Cancel);
        read.Data["mode"].ShouldBe("fast");
        read.Metadata.Uid.ShouldBe(created.Metadata.Uid);

        read.Data["mode"] = "safe";
        var replaced = await _client.CoreV1.ReplaceNamespacedConfigMapAsync(read, "settings", ns, cancellationToken: Cancel);
        replaced.Data["mode"].ShouldBe("safe");
        replaced.Metadata.ResourceVersion.ShouldNotBe(created.Metadata.ResourceVersion);

        var deleted = await _client.CoreV1.DeleteNamespacedConfigMapAsync("settings", ns, cancellationToken: Cancel);
        deleted.ShouldNotBeNull();
        (await _client.CoreV1.ListNamespacedConfigMapAsync(ns, cancellationToken: Cancel)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Deployment_create_read_scale_and_delete()
    {
        var ns = await server.CreateNamespaceAsync("cs-deploy");

        var created = await _client.AppsV1.CreateNamespacedDeploymentAsync(Deployment("web", replicas: 2), ns, cancellationToken: Cancel);
        created.Spec.Replicas.ShouldBe(2);
        created.Spec.Strategy.Type.ShouldBe("RollingUpdate", "the server fills in the upstream defaults");
        created.Metadata.Generation.ShouldBe(1);

        var scale = await _client.AppsV1.ReadNamespacedDeploymentScaleAsync("web", ns, cancellationToken: Cancel);
        scale.Spec.Replicas.ShouldBe(2);
        scale.Spec.Replicas = 5;
        (await _client.AppsV1.ReplaceNamespacedDeploymentScaleAsync(scale, "web", ns, cancellationToken: Cancel)).Spec.Replicas.ShouldBe(5);

        var read = await _client.AppsV1.ReadNamespacedDeploymentAsync("web", ns, cancellationToken: Cancel);
        read.Spec.Replicas.ShouldBe(5);
        read.Metadata.Generation.ShouldBe(2);
        read.Spec.Template.Spec.Containers.Single().Image.ShouldBe("nginx:1.25");

        // A foreground delete answers at once with the object marked; it goes once its dependents are gone.
        var deleting = await _client.AppsV1.DeleteNamespacedDeploymentAsync("web", ns, propagationPolicy: "Foreground", cancellationToken: Cancel);
        deleting.ShouldNotBeNull();
        await Eventually.HoldsAsync(
            "the deployment is gone after a foreground delete",
            TimeSpan.FromSeconds(20),
            async () => (await _client.AppsV1.ListNamespacedDeploymentAsync(ns, cancellationToken: Cancel)).Items.Count == 0,
            async () => KubernetesJson.Serialize(await _client.AppsV1.ListNamespacedDeploymentAsync(ns, cancellationToken: Cancel)));
    }

    [Fact]
    public async Task List_with_label_and_field_selectors()
    {
        var ns = await server.CreateNamespaceAsync("cs-list");
        foreach (var (name, tier) in new[] { ("a", "web"), ("b", "web"), ("c", "db") })
        {
            var configMap = ConfigMap(name, []);
            configMap.Metadata.Labels = new Dictionary<string, string> { ["tier"] = tier };
            await _client.CoreV1.CreateNamespacedConfigMapAsync(configMap, ns, cancellationToken: Cancel);
        }

        var web = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: "tier=web", cancellationToken: Cancel);
        web.Items.Select(i => i.Metadata.Name).ShouldBe(["a", "b"]);
        web.Metadata.ResourceVersion.ShouldNotBeNullOrEmpty();

        (await _client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: "tier notin (web)", cancellationToken: Cancel)).Items.Select(i => i.Metadata.Name).ShouldBe(["c"]);
        (await _client.CoreV1.ListNamespacedConfigMapAsync(ns, fieldSelector: "metadata.name=b", cancellationToken: Cancel)).Items.Select(i => i.Metadata.Name).ShouldBe(["b"]);
        (await _client.CoreV1.ListConfigMapForAllNamespacesAsync(labelSelector: "tier=db", cancellationToken: Cancel)).Items
            .ShouldContain(i => i.Metadata.Name == "c" && i.Metadata.NamespaceProperty == ns);

        var firstPage = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 2, cancellationToken: Cancel);
        firstPage.Items.Count.ShouldBe(2);
        firstPage.Metadata.ContinueProperty.ShouldNotBeNullOrEmpty();
        var secondPage = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 2, continueParameter: firstPage.Metadata.ContinueProperty, cancellationToken: Cancel);
        secondPage.Items.Select(i => i.Metadata.Name).ShouldBe(["c"]);
    }

    [Fact]
    public async Task Watch_receives_a_later_change_and_deletion()
    {
        var ns = await server.CreateNamespaceAsync("cs-watch");
        var created = await _client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("watched", new() { ["v"] = "1" }), ns, cancellationToken: Cancel);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        cts.CancelAfter(WatchPatience);
        var seen = new List<(WatchEventType Type, string Name, string? Value)>();

        var watching = Task.Run(
            async () =>
            {
                await foreach (var (type, item) in _client.CoreV1.WatchListNamespacedConfigMapAsync(ns, resourceVersion: created.Metadata.ResourceVersion, cancellationToken: cts.Token))
                {
                    lock (seen)
                    {
                        seen.Add((type, item.Metadata.Name, (item.Data is { } data && data.TryGetValue("v", out var v) ? v : null)));
                    }

                    if (type == WatchEventType.Deleted)
                    {
                        return;
                    }
                }
            },
            cts.Token);

        await Task.Delay(TimeSpan.FromMilliseconds(500), Cancel);
        await _client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch("""{"data":{"v":"2"}}""", V1Patch.PatchType.MergePatch), "watched", ns, cancellationToken: Cancel);
        await _client.CoreV1.DeleteNamespacedConfigMapAsync("watched", ns, cancellationToken: Cancel);
        await watching;

        seen.ShouldBe([(WatchEventType.Modified, "watched", "2"), (WatchEventType.Deleted, "watched", "2")]);
    }

    [Fact]
    public async Task Watch_through_the_http_message_api_starts_with_the_existing_objects()
    {
        var ns = await server.CreateNamespaceAsync("cs-watch2");
        await _client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("first", []), ns, cancellationToken: Cancel);
        var events = new List<(WatchEventType Type, string Name)>();
        var addedLater = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

#pragma warning disable CS0618 // the older Watch<T, L> API is what many callers still use
        var response = await _client.CoreV1.ListNamespacedConfigMapWithHttpMessagesAsync(ns, watch: true, cancellationToken: Cancel);
        using var watcher = response.Watch<V1ConfigMap, V1ConfigMapList>(
            (type, item) =>
            {
                lock (events)
                {
                    events.Add((type, item.Metadata.Name));
                }

                if (item.Metadata.Name == "second")
                {
                    addedLater.TrySetResult();
                }
            },
            onError: e => addedLater.TrySetException(e));
#pragma warning restore CS0618

        await _client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("second", []), ns, cancellationToken: Cancel);
        await addedLater.Task.WaitAsync(WatchPatience, Cancel);

        lock (events)
        {
            events.ShouldBe([(WatchEventType.Added, "first"), (WatchEventType.Added, "second")]);
        }
    }

    [Fact]
    public async Task Each_patch_type_changes_the_deployment()
    {
        var ns = await server.CreateNamespaceAsync("cs-patch");
        await _client.AppsV1.CreateNamespacedDeploymentAsync(Deployment("api", replicas: 1), ns, cancellationToken: Cancel);

        var merged = await _client.AppsV1.PatchNamespacedDeploymentAsync(
            new V1Patch("""{"metadata":{"labels":{"team":"blue"}},"spec":{"replicas":3}}""", V1Patch.PatchType.MergePatch), "api", ns, cancellationToken: Cancel);
        merged.Spec.Replicas.ShouldBe(3);
        merged.Metadata.Labels["team"].ShouldBe("blue");

        var strategic = await _client.AppsV1.PatchNamespacedDeploymentAsync(
            new V1Patch("""{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox:1.36"}]}}}}""", V1Patch.PatchType.StrategicMergePatch), "api", ns, cancellationToken: Cancel);
        strategic.Spec.Template.Spec.Containers.Select(c => c.Name).Order().ToArray().ShouldBe(["nginx", "sidecar"], "a strategic merge keeps the existing container");

        var json = await _client.AppsV1.PatchNamespacedDeploymentAsync(
            new V1Patch("""[{"op":"test","path":"/spec/replicas","value":3},{"op":"replace","path":"/spec/replicas","value":4}]""", V1Patch.PatchType.JsonPatch), "api", ns, cancellationToken: Cancel);
        json.Spec.Replicas.ShouldBe(4);

        var applied = await _client.AppsV1.PatchNamespacedDeploymentAsync(
            new V1Patch("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"api","annotations":{"owner":"csharp"}}}""", V1Patch.PatchType.ApplyPatch), "api", ns, fieldManager: "csharp-tests", cancellationToken: Cancel);
        applied.Metadata.Annotations["owner"].ShouldBe("csharp");
        applied.Spec.Replicas.ShouldBe(4, "apply leaves fields it does not mention");
        applied.Metadata.ManagedFields.ShouldContain(m => m.Manager == "csharp-tests" && m.Operation == "Apply");
    }

    [Fact]
    public async Task Server_side_apply_creates_an_absent_object()
    {
        var ns = await server.CreateNamespaceAsync("cs-apply");

        var applied = await _client.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"fresh","namespace":"{{{ns}}}"},"data":{"k":"v"}}""", V1Patch.PatchType.ApplyPatch),
            "fresh", ns, fieldManager: "csharp-tests", cancellationToken: Cancel);

        applied.Data["k"].ShouldBe("v");
        (await _client.CoreV1.ReadNamespacedConfigMapAsync("fresh", ns, cancellationToken: Cancel)).Metadata.Uid.ShouldBe(applied.Metadata.Uid);
    }

    [Fact]
    public async Task A_missing_object_is_a_404_with_a_not_found_status()
    {
        var error = await Should.ThrowAsync<HttpOperationException>(() => _client.CoreV1.ReadNamespacedConfigMapAsync("absent", "default", cancellationToken: Cancel));

        error.Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var status = ParseStatus(error);
        status.Reason.ShouldBe("NotFound");
        status.Code.ShouldBe(404);
        status.Message.ShouldBe("configmaps \"absent\" not found");
        status.Details.Name.ShouldBe("absent");
        status.Details.Kind.ShouldBe("configmaps");
    }

    [Fact]
    public async Task A_duplicate_create_and_a_stale_update_are_409_conflicts()
    {
        var ns = await server.CreateNamespaceAsync("cs-conflict");
        var created = await _client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("contended", new() { ["v"] = "1" }), ns, cancellationToken: Cancel);

        var duplicate = await Should.ThrowAsync<HttpOperationException>(() => _client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("contended", []), ns, cancellationToken: Cancel));
        duplicate.Response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ParseStatus(duplicate).Reason.ShouldBe("AlreadyExists");

        await _client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch("""{"data":{"v":"2"}}""", V1Patch.PatchType.MergePatch), "contended", ns, cancellationToken: Cancel);
        created.Data["v"] = "3";
        var stale = await Should.ThrowAsync<HttpOperationException>(() => _client.CoreV1.ReplaceNamespacedConfigMapAsync(created, "contended", ns, cancellationToken: Cancel));
        stale.Response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var status = ParseStatus(stale);
        status.Reason.ShouldBe("Conflict");
        status.Message.ShouldBe("Operation cannot be fulfilled on configmaps \"contended\": the object has been modified; please apply your changes to the latest version and try again");
    }

    [Fact]
    public async Task An_invalid_object_is_a_422_with_field_causes()
    {
        var ns = await server.CreateNamespaceAsync("cs-invalid");
        var deployment = Deployment("bad", replicas: -1);
        deployment.Spec.Template.Spec.Containers[0].Image = null;

        var error = await Should.ThrowAsync<HttpOperationException>(() => _client.AppsV1.CreateNamespacedDeploymentAsync(deployment, ns, cancellationToken: Cancel));

        error.Response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var status = ParseStatus(error);
        status.Reason.ShouldBe("Invalid");
        status.Details.Kind.ShouldBe("Deployment");
        status.Details.Group.ShouldBe("apps");
        status.Details.Causes.ShouldContain(c => c.Field == "spec.replicas" && c.Reason == "FieldValueInvalid");
        status.Details.Causes.ShouldContain(c => c.Field == "spec.template.spec.containers[0].image" && c.Reason == "FieldValueRequired");
        status.Message.ShouldStartWith("Deployment.apps \"bad\" is invalid: ");
    }

    [Fact]
    public async Task A_conflicting_server_side_apply_is_a_409_naming_the_other_manager()
    {
        var ns = await server.CreateNamespaceAsync("cs-ssa");
        var body = $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"owned","namespace":"{{{ns}}}"},"data":{"k":"mine"}}""";
        await _client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch(body, V1Patch.PatchType.ApplyPatch), "owned", ns, fieldManager: "first", cancellationToken: Cancel);

        var error = await Should.ThrowAsync<HttpOperationException>(() => _client.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch(body.Replace("mine", "yours", StringComparison.Ordinal), V1Patch.PatchType.ApplyPatch), "owned", ns, fieldManager: "second", cancellationToken: Cancel));

        error.Response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var status = ParseStatus(error);
        status.Reason.ShouldBe("Conflict");
        status.Details.Causes.ShouldContain(c => c.Reason == "FieldManagerConflict" && c.Field == ".data.k" && c.Message.Contains("\"first\"", StringComparison.Ordinal));

        var forced = await _client.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch(body.Replace("mine", "yours", StringComparison.Ordinal), V1Patch.PatchType.ApplyPatch), "owned", ns, fieldManager: "second", force: true, cancellationToken: Cancel);
        forced.Data["k"].ShouldBe("yours");
    }

    public void Dispose() => _client.Dispose();

    private static V1Status ParseStatus(HttpOperationException error)
    {
        var status = KubernetesJson.Deserialize<V1Status>(error.Response.Content);
        status.Kind.ShouldBe("Status", error.Response.Content);
        status.Status.ShouldBe("Failure");
        status.Code.ShouldBe((int)error.Response.StatusCode);
        return status;
    }

    private static V1ConfigMap ConfigMap(string name, Dictionary<string, string> data) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Data = data,
    };

    private static V1Deployment Deployment(string name, int replicas) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["app"] = name } },
        Spec = new V1DeploymentSpec
        {
            Replicas = replicas,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "nginx", Image = "nginx:1.25" }] },
            },
        },
    };
}
