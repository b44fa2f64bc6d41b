using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GrainOrchestrator.Client.Errors;
using GrainOrchestrator.Client.Model;
using Grpc.Core;

namespace GrainOrchestrator.IntegrationTests.Grpc;

/// <summary>The gRPC API end to end through the client library, against an in-process gateway and silo.</summary>
public sealed class GrpcResourcesTests(GrpcGatewayFixture fixture) : IClassFixture<GrpcGatewayFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apply_of_a_multi_document_manifest_creates_each_object_and_a_reapply_updates_them()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("apply");

        var applied = await client.ApplyAsync(TestManifests.App(ns), cancellationToken: Ct);

        applied.Select(a => (a.Object.Kind, a.Object.Namespace, a.Object.Name, a.Created))
            .ShouldBe([("Namespace", string.Empty, ns, true), ("Deployment", ns, "web", true), ("Service", ns, "web", true)]);
        var deployment = await client.GetAsync("deploy", ns, "web", Ct);
        deployment.ApiVersion.ShouldBe("apps/v1");
        deployment.ToJsonObject()["spec"]!["replicas"]!.GetValue<int>().ShouldBe(2);

        var again = await client.ApplyAsync(TestManifests.App(ns, replicas: 4), cancellationToken: Ct);

        again.ShouldAllBe(a => !a.Created);
        (await client.GetAsync("deployments.apps", ns, "web", Ct)).ToJsonObject()["spec"]!["replicas"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task List_with_a_label_selector_returns_only_matching_objects()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("list");
        await client.ApplyAsync(TestManifests.Namespace(ns), cancellationToken: Ct);
        await client.ApplyAsync(
            string.Join("\n---\n", TestManifests.ConfigMap(ns, "a1", "a"), TestManifests.ConfigMap(ns, "a2", "a"), TestManifests.ConfigMap(ns, "b1", "b")),
            cancellationToken: Ct);

        var list = await client.ListAsync("cm", ns, new ListOptions { LabelSelector = "app=a" }, Ct);

        list.Objects.Select(o => o["metadata"]!["name"]!.GetValue<string>()).Order().ShouldBe(["a1", "a2"]);
        long.Parse(list.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Watch_from_a_version_receives_a_later_change()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("watch");
        await client.ApplyAsync(TestManifests.Namespace(ns) + "\n---\n" + TestManifests.ConfigMap(ns, "settings", "w", "one"), cancellationToken: Ct);
        var list = await client.ListAsync("configmaps", ns, cancellationToken: Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));

        var watch = client.WatchAsync("configmaps", ns, new WatchOptions { ResourceVersion = list.ResourceVersion }, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var next = watch.MoveNextAsync().AsTask();
        await client.ApplyAsync(TestManifests.ConfigMap(ns, "settings", "w", "two"), cancellationToken: Ct);

        (await next).ShouldBeTrue();
        watch.Current.Type.ShouldBe(ObjectEventType.Modified);
        watch.Current.ToJsonObject()!["data"]!["value"]!.GetValue<string>().ShouldBe("two");
        long.Parse(watch.Current.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(long.Parse(list.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture));
        await timeout.CancelAsync();
        await watch.DisposeAsync();
    }

    [Fact]
    public async Task Watch_from_a_version_older_than_the_history_fails_with_out_of_range()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("expired");
        await client.ApplyAsync(TestManifests.Namespace(ns) + "\n---\n" + TestManifests.ConfigMap(ns, "churn", "x", "0"), cancellationToken: Ct);
        var start = (await client.ListAsync("configmaps", ns, cancellationToken: Ct)).ResourceVersion;
        for (var i = 1; i <= GrpcGatewayFixture.WatchHistoryCapacity + 5; i++)
        {
            await client.ApplyAsync(TestManifests.ConfigMap(ns, "churn", "x", $"{i}"), cancellationToken: Ct);
        }

        var error = await Should.ThrowAsync<GrainOrchestratorException>(async () =>
        {
            await foreach (var _ in client.WatchAsync("configmaps", ns, new WatchOptions { ResourceVersion = start }, Ct))
            {
            }
        });

        error.StatusCode.ShouldBe(StatusCode.OutOfRange);
        error.Code.ShouldBe(410);
    }

    [Fact]
    public async Task Scale_sets_replicas_and_a_stale_version_is_aborted()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("scale");
        var applied = await client.ApplyAsync(TestManifests.App(ns), cancellationToken: Ct);
        var staleVersion = applied[1].Object.ResourceVersion;

        var scaled = await client.ScaleAsync("deployments", ns, "web", 5, cancellationToken: Ct);

        scaled.Replicas.ShouldBe(5);
        scaled.Selector.ShouldBe("app=web");
        (await client.GetAsync("deployments", ns, "web", Ct)).ToJsonObject()["spec"]!["replicas"]!.GetValue<int>().ShouldBe(5);
        var conflict = await Should.ThrowAsync<GrainOrchestratorException>(() => client.ScaleAsync("deployments", ns, "web", 1, staleVersion, Ct));
        conflict.StatusCode.ShouldBe(StatusCode.Aborted);
        conflict.Reason.ShouldBe("Conflict");
        var negative = await Should.ThrowAsync<GrainOrchestratorException>(() => client.ScaleAsync("deployments", ns, "web", -1, cancellationToken: Ct));
        negative.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        negative.FieldViolations.Select(v => v.Field).ShouldBe(["replicas"]);
    }

    [Fact]
    public async Task Delete_removes_the_object_and_a_second_get_is_not_found()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("delete");
        await client.ApplyAsync(TestManifests.Namespace(ns) + "\n---\n" + TestManifests.ConfigMap(ns, "gone", "d"), cancellationToken: Ct);

        var deleted = await client.DeleteAsync("configmap", ns, "gone", new DeleteObjectOptions { PropagationPolicy = "Background" }, Ct);

        deleted.Finished.ShouldBeTrue();
        deleted.Object.Name.ShouldBe("gone");
        var error = await Should.ThrowAsync<GrainOrchestratorException>(() => client.GetAsync("configmap", ns, "gone", Ct));
        error.StatusCode.ShouldBe(StatusCode.NotFound);
        var badPolicy = await Should.ThrowAsync<GrainOrchestratorException>(() => client.DeleteAsync("configmap", ns, "gone", new DeleteObjectOptions { PropagationPolicy = "Sometimes" }, Ct));
        badPolicy.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        badPolicy.FieldViolations.Single().Field.ShouldBe("propagation_policy");
    }

    [Fact]
    public async Task Get_of_a_missing_object_is_not_found_with_the_kubernetes_message()
    {
        using var client = fixture.CreateClient();

        var error = await Should.ThrowAsync<GrainOrchestratorException>(() => client.GetAsync("deployments", "default", "x", Ct));

        error.StatusCode.ShouldBe(StatusCode.NotFound);
        error.Message.ShouldBe("deployments.apps \"x\" not found");
        error.Reason.ShouldBe("NotFound");
        error.Code.ShouldBe(404);
    }

    [Fact]
    public async Task An_invalid_object_is_invalid_argument_with_field_violations()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("invalid");
        await client.ApplyAsync(TestManifests.Namespace(ns), cancellationToken: Ct);
        var manifest = TestManifests.App(ns).Split("\n---")[1].Replace("replicas: 2", "replicas: -3", StringComparison.Ordinal);

        var error = await Should.ThrowAsync<GrainOrchestratorException>(() => client.ApplyAsync(manifest, cancellationToken: Ct));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Reason.ShouldBe("Invalid");
        error.Code.ShouldBe(422);
        error.FieldViolations.ShouldContain(v => v.Field == "spec.replicas" && v.Description.Contains("-3", StringComparison.Ordinal));
        await Should.ThrowAsync<GrainOrchestratorException>(() => client.GetAsync("deployments", ns, "web", Ct));
    }

    [Fact]
    public async Task A_manifest_with_an_unknown_kind_applies_nothing()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("unknown");
        var manifest = TestManifests.Namespace(ns) + "\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";

        var error = await Should.ThrowAsync<GrainOrchestratorException>(() => client.ApplyAsync(manifest, cancellationToken: Ct));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.FieldViolations.Single().Field.ShouldBe("documents[1].kind");
        (await Should.ThrowAsync<GrainOrchestratorException>(() => client.GetAsync("namespaces", null, ns, Ct))).StatusCode.ShouldBe(StatusCode.NotFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task A_call_without_a_valid_token_is_unauthenticated(string? token)
    {
        using var client = fixture.CreateClient(token);

        var error = await Should.ThrowAsync<GrainOrchestratorException>(() => client.ListAsync("namespaces", cancellationToken: Ct));

        error.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        error.Reason.ShouldBe("Unauthorized");
    }

    [Fact]
    public async Task Logs_of_an_existing_pod_are_a_failed_precondition_and_of_a_missing_pod_not_found()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("logs");
        await client.ApplyAsync(TestManifests.Namespace(ns) + "\n---\n" + TestManifests.Pod(ns, "p"), cancellationToken: Ct);

        var unserved = await Should.ThrowAsync<GrainOrchestratorException>(async () =>
        {
            await foreach (var _ in client.LogsAsync(ns, "p", cancellationToken: Ct))
            {
            }
        });
        var missing = await Should.ThrowAsync<GrainOrchestratorException>(async () =>
        {
            await foreach (var _ in client.LogsAsync(ns, "nope", cancellationToken: Ct))
            {
            }
        });

        unserved.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        unserved.Message.ShouldContain("no node agent serves this pod");
        missing.StatusCode.ShouldBe(StatusCode.NotFound);
    }

    [Fact]
    public async Task Json_transcoding_serves_get_over_http()
    {
        using var client = fixture.CreateClient();
        var ns = TestManifests.NewNamespace("http");
        await client.ApplyAsync(TestManifests.App(ns), cancellationToken: Ct);
        using var http = new HttpClient
        {
            BaseAddress = fixture.Address,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var request = Http2Get($"/grpc/v1/deployments/{ns}/web");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GrpcGatewayFixture.Token);

        using var response = await http.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        body["kind"]!.GetValue<string>().ShouldBe("Deployment");
        body["namespace"]!.GetValue<string>().ShouldBe(ns);
        JsonNode.Parse(body["objectJson"]!.GetValue<string>())!["spec"]!["replicas"]!.GetValue<int>().ShouldBe(2);

        using var anonymous = await http.GetAsync($"/grpc/v1/deployments/{ns}/web", Ct);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var status = JsonNode.Parse(await anonymous.Content.ReadAsStringAsync(Ct))!;
        status["details"]!.AsArray().ShouldContain(d => d!["reason"]!.GetValue<string>() == "Unauthorized");
        using var missing = Http2Get($"/grpc/v1/deployments/{ns}/none");
        missing.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GrpcGatewayFixture.Token);
        using var notFound = await http.SendAsync(missing, Ct);
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The endpoint speaks HTTP/2 only (cleartext, prior knowledge).</summary>
    private static HttpRequestMessage Http2Get(string path) =>
        new(HttpMethod.Get, path) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
}
