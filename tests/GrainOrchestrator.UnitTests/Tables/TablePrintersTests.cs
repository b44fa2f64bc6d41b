using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Tables;

namespace GrainOrchestrator.UnitTests.Tables;

public sealed class TablePrintersTests
{
    private const string Workload = "Containers:1,Images:1";

    public static TheoryData<string, string, string> Layouts => new()
    {
        { "", "Pod", "Name:0,Ready:0,Status:0,Restarts:0,Age:0,IP:1,Node:1,Nominated Node:1,Readiness Gates:1" },
        { "", "ReplicationController", $"Name:0,Desired:0,Current:0,Ready:0,Age:0,{Workload},Selector:1" },
        { "", "Service", "Name:0,Type:0,Cluster-IP:0,External-IP:0,Port(s):0,Age:0,Selector:1" },
        { "", "Endpoints", "Name:0,Endpoints:0,Age:0" },
        { "", "Node", "Name:0,Status:0,Roles:0,Age:0,Version:0,Internal-IP:1,External-IP:1,OS-Image:1,Kernel-Version:1,Container-Runtime:1" },
        { "", "Namespace", "Name:0,Status:0,Age:0" },
        { "", "ConfigMap", "Name:0,Data:0,Age:0" },
        { "", "Secret", "Name:0,Type:0,Data:0,Age:0" },
        { "", "Event", "Last Seen:0,Type:0,Reason:0,Object:0,Subobject:1,Source:1,Message:0,First Seen:1,Count:1,Name:1" },
        { "", "ServiceAccount", "Name:0,Secrets:0,Age:0" },
        {
            "", "PersistentVolume",
            "Name:0,Capacity:0,Access Modes:0,Reclaim Policy:0,Status:0,Claim:0,StorageClass:0,VolumeAttributesClass:0,Reason:0,Age:0,VolumeMode:1"
        },
        { "", "PersistentVolumeClaim", "Name:0,Status:0,Volume:0,Capacity:0,Access Modes:0,StorageClass:0,VolumeAttributesClass:0,Age:0,VolumeMode:1" },
        { "", "ResourceQuota", "Name:0,Age:0,Request:0,Limit:0" },
        { "", "LimitRange", "Name:0,Created At:0" },
        { "apps", "Deployment", $"Name:0,Ready:0,Up-to-date:0,Available:0,Age:0,{Workload},Selector:1" },
        { "apps", "ReplicaSet", $"Name:0,Desired:0,Current:0,Ready:0,Age:0,{Workload},Selector:1" },
        { "apps", "DaemonSet", $"Name:0,Desired:0,Current:0,Ready:0,Up-to-date:0,Available:0,Node Selector:0,Age:0,{Workload},Selector:1" },
        { "apps", "StatefulSet", $"Name:0,Ready:0,Age:0,{Workload}" },
        { "apps", "ControllerRevision", "Name:0,Controller:0,Revision:0,Age:0" },
        { "batch", "Job", $"Name:0,Status:0,Completions:0,Duration:0,Age:0,{Workload},Selector:1" },
        { "batch", "CronJob", $"Name:0,Schedule:0,Timezone:0,Suspend:0,Active:0,Last Schedule:0,Age:0,{Workload},Selector:1" },
        { "autoscaling", "HorizontalPodAutoscaler", "Name:0,Reference:0,Targets:0,MinPods:0,MaxPods:0,Replicas:0,Age:0" },
        { "policy", "PodDisruptionBudget", "Name:0,Min Available:0,Max Unavailable:0,Allowed Disruptions:0,Age:0" },
        { "networking.k8s.io", "Ingress", "Name:0,Class:0,Hosts:0,Address:0,Ports:0,Age:0" },
        { "networking.k8s.io", "IngressClass", "Name:0,Controller:0,Parameters:0,Age:0" },
        { "discovery.k8s.io", "EndpointSlice", "Name:0,AddressType:0,Ports:0,Endpoints:0,Age:0" },
        { "coordination.k8s.io", "Lease", "Name:0,Holder:0,Age:0" },
        { "rbac.authorization.k8s.io", "Role", "Name:0,Created At:0" },
        { "rbac.authorization.k8s.io", "ClusterRole", "Name:0,Created At:0" },
        { "rbac.authorization.k8s.io", "RoleBinding", "Name:0,Role:0,Age:0,Users:1,Groups:1,ServiceAccounts:1" },
        { "rbac.authorization.k8s.io", "ClusterRoleBinding", "Name:0,Role:0,Age:0,Users:1,Groups:1,ServiceAccounts:1" },
    };

    public static TheoryData<string> AllKinds => new(KindRegistry.Default.All.Select(k => k.Key));

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Columns_and_priorities_are_upstreams(string group, string kind, string layout) =>
        TableKit.Layout(TableKit.Printer(group, kind)).ShouldBe(layout);

    [Fact]
    public void Every_registered_kind_has_a_layout_in_this_test()
    {
        var covered = Layouts.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();

        KindRegistry.Default.All.Select(k => (k.Group, k.Kind)).Where(k => !covered.Contains(k)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Every_printer_fills_every_column_of_a_bare_object_and_names_it(string key)
    {
        var printer = TablePrinters.For(KindRegistry.Default.All.Single(k => k.Key == key));
        var bare = TableKit.Make("bare").With("metadata.creationTimestamp", "\"2024-06-01T11:59:30Z\"");

        var row = TableKit.Row(printer, bare);

        row["Name"].ShouldBe("bare");
        row.Values.ShouldAllBe(cell => cell is string || cell is long);
        printer.Columns.ShouldContain(c => c.Name == "Name" && c.Format == "name");
        printer.Columns.Select(c => c.Name).ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Every_printer_survives_fields_of_the_wrong_type(string key)
    {
        var printer = TablePrinters.For(KindRegistry.Default.All.Single(k => k.Key == key));
        var weird = TableKit.Parse("""
            {"metadata":{"name":7,"creationTimestamp":"yesterday","labels":[],"ownerReferences":{}},"spec":"x",
             "status":{"conditions":{"a":1},"containerStatuses":[1,null],"hard":[]},"subsets":"none","data":5,"subjects":{}}
            """);

        printer.Cells(weird, TableKit.Now).Count.ShouldBe(printer.Columns.Count);
    }

    [Fact]
    public void Age_is_the_creation_timestamp_as_human_duration()
    {
        var configMap = TableKit.Make("c").With("metadata.creationTimestamp", "\"2024-06-01T11:57:30Z\"");

        TableKit.Row("", "ConfigMap", configMap)["Age"].ShouldBe("2m30s");
    }

    [Fact]
    public void Unknown_kinds_get_the_default_printer()
    {
        var custom = new ResourceKind("example.com", "v1", "Widget", "widgets", "widget", [], true, [], [], [], typeof(object), typeof(object));

        TablePrinters.For(custom).ShouldBeSameAs(TablePrinters.Default);
        TableKit.Layout(TablePrinters.Default).ShouldBe("Name:0,Created At:0");
        TablePrinters.Default.Columns[1].Type.ShouldBe("date");
    }

    [Fact]
    public void The_default_printer_formats_an_unset_creation_time_as_gos_zero_time()
    {
        TablePrinters.Default.Cells(new JsonObject { ["metadata"] = new JsonObject { ["name"] = "x" } }, TableKit.Now)[1]
            .ShouldBe("0001-01-01T00:00:00Z");
    }
}
