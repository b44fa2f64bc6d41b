using System.Globalization;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ClusterTests.Infrastructure;

namespace GrainOrchestrator.ClusterTests.ApiMachinery;

/// <summary>Watch ordering, resumption, initial ADDED, expiry, filtering and bookmarks.</summary>
public sealed class WatchTests(ApiClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ResourceApi api = fixture.Api;

    [Fact]
    public async Task Watch_from_a_list_version_delivers_every_change_in_order_and_resumes_from_the_middle()
    {
        var ns = await api.NewNamespaceAsync("watch");
        var list = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns });

        await using var watch = new WatchReader(api, TestKinds.ConfigMap, new WatchRequest(ns, null, null, list.ResourceVersion));
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("a"));
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "a", PatchType.Merge, """{"data":{"k":"2"}}""")).ShouldSucceed("patch a");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("b"));
        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "a")).ShouldSucceed("delete a");
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "b", PatchType.Merge, """{"data":{"k":"3"}}""")).ShouldSucceed("patch b");

        var items = await watch.WaitForAsync(5, Timeout);
        var described = WatchReader.Describe(items);
        items.Count.ShouldBe(5, described);
        items.ShouldAllBe(i => i.Event != null, described);
        var events = items.Select(i => i.Event!).ToList();
        events.Select(e => $"{e.Type} {Manifests.Parse(e.Json).Name()}").ShouldBe(
            ["Added a", "Modified a", "Added b", "Deleted a", "Modified b"], described);
        events.Select(e => e.ResourceVersion).ShouldBeInOrder(SortDirection.Ascending, described);
        events.Select(e => e.ResourceVersion).Distinct().Count().ShouldBe(5, described);
        events.ShouldAllBe(e => Manifests.Rv(e.Json) == e.ResourceVersion.ToString(CultureInfo.InvariantCulture), "each event's object carries the event's version");
        events[0].ResourceVersion.ShouldBeGreaterThan(long.Parse(list.ResourceVersion, CultureInfo.InvariantCulture));

        // Resume from the second event: exactly the last three, and nothing else.
        await using var resumed = new WatchReader(api, TestKinds.ConfigMap, new WatchRequest(ns, null, null, events[1].ResourceVersion.ToString(CultureInfo.InvariantCulture)));
        var rest = await resumed.WaitForAsync(3, Timeout);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        rest = resumed.Snapshot();
        rest.Select(i => i.Event?.ResourceVersion ?? -1).ShouldBe(events.Skip(2).Select(e => e.ResourceVersion), WatchReader.Describe(rest));
    }

    [Fact]
    public async Task Watch_from_zero_starts_with_the_current_objects_as_ADDED()
    {
        var ns = await api.NewNamespaceAsync("watch0");
        foreach (var name in (string[])["x", "y", "z"])
        {
            await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap(name));
        }

        await using var watch = new WatchReader(api, TestKinds.ConfigMap, new WatchRequest(ns, null, null, "0"));
        var initial = await watch.WaitForAsync(3, Timeout);
        initial.Select(i => $"{i.Event?.Type} {Manifests.Parse(i.Event!.Json).Name()}").Order(StringComparer.Ordinal).ShouldBe(["Added x", "Added y", "Added z"]);

        (await api.DeleteAsync(TestKinds.ConfigMap, ns, "y")).ShouldSucceed("delete y");
        var all = await watch.WaitForAsync(4, Timeout);
        all[3].Event!.Type.ShouldBe(WatchEventType.Deleted, WatchReader.Describe(all));
        Manifests.Parse(all[3].Event!.Json).Name().ShouldBe("y");
    }

    [Fact]
    public async Task Watch_from_a_version_older_than_the_history_is_Expired()
    {
        var ns = await api.NewNamespaceAsync("expired");
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("churn"));
        var old = (await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns })).ResourceVersion;
        for (var i = 0; i < ApiClusterFixture.WatchHistoryCapacity + 10; i++)
        {
            (await api.PatchAsync(TestKinds.ConfigMap, ns, "churn", PatchType.Merge, $"{{\"data\":{{\"k\":\"{i}\"}}}}")).ShouldSucceed($"patch {i}");
        }

        await using var watch = new WatchReader(api, TestKinds.ConfigMap, new WatchRequest(ns, null, null, old));
        var items = await watch.WaitForAsync(1, Timeout);
        items.Count.ShouldBe(1, WatchReader.Describe(items));
        items[0].Error.ShouldNotBeNull(WatchReader.Describe(items));
        items[0].Error!.Code.ShouldBe(410);
        items[0].Error!.Reason.ShouldBe("Expired");
    }

    [Fact]
    public async Task Filtered_watch_sees_objects_enter_and_leave_the_selection()
    {
        var ns = await api.NewNamespaceAsync("filtered");
        var list = await api.ListAsync(TestKinds.ConfigMap, new ListRequest { Namespace = ns });
        await using var watch = new WatchReader(api, TestKinds.ConfigMap, new WatchRequest(ns, "app=web", null, list.ResourceVersion));

        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("other", labels: new Dictionary<string, string> { ["app"] = "db" }));
        await api.MustCreateAsync(TestKinds.ConfigMap, ns, Manifests.ConfigMap("w", labels: new Dictionary<string, string> { ["app"] = "web" }));
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "w", PatchType.Merge, """{"data":{"k":"2"}}""")).ShouldSucceed("patch data");
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "w", PatchType.Merge, """{"metadata":{"labels":{"app":"api"}}}""")).ShouldSucceed("relabel away");
        (await api.PatchAsync(TestKinds.ConfigMap, ns, "other", PatchType.Merge, """{"metadata":{"labels":{"app":"web"}}}""")).ShouldSucceed("relabel in");

        var items = await watch.WaitForAsync(4, Timeout);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        items = watch.Snapshot();
        items.Select(i => $"{i.Event?.Type} {Manifests.Parse(i.Event!.Json).Name()}").ShouldBe(
            ["Added w", "Modified w", "Deleted w", "Added other"], WatchReader.Describe(items));
    }

    [Fact]
    public async Task Bookmarks_arrive_when_requested_and_nothing_changes()
    {
        var ns = await api.NewNamespaceAsync("bookmark");
        var list = await api.ListAsync(TestKinds.Lease, new ListRequest { Namespace = ns });
        await using var watch = new WatchReader(api, TestKinds.Lease, new WatchRequest(ns, null, null, list.ResourceVersion, AllowBookmarks: true));

        var items = await watch.WaitForAsync(1, ApiClusterFixture.PollWait * 4);
        items[0].Event.ShouldBeNull(WatchReader.Describe(items));
        items[0].Error.ShouldBeNull(WatchReader.Describe(items));
        items[0].BookmarkVersion.ShouldBeGreaterThanOrEqualTo(long.Parse(list.ResourceVersion, CultureInfo.InvariantCulture));
    }
}
