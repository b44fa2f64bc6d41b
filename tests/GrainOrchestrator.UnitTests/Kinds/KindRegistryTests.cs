using System.Reflection;
using GrainOrchestrator.ApiMachinery.Kinds;
using k8s.Models;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Kinds;

public sealed class KindRegistryTests
{
    public static TheoryData<string> AllKeys() => [.. KindRegistry.Default.All.Select(k => k.Key)];

    [Fact]
    public void Default_serves_exactly_the_planned_kinds()
    {
        KindRegistry.Default.All.Select(k => $"{k.ApiVersion}/{k.Kind}").Order(StringComparer.Ordinal).ShouldBe(
        [
            "apps/v1/ControllerRevision", "apps/v1/DaemonSet", "apps/v1/Deployment", "apps/v1/ReplicaSet", "apps/v1/StatefulSet",
            "autoscaling/v2/HorizontalPodAutoscaler",
            "batch/v1/CronJob", "batch/v1/Job",
            "coordination.k8s.io/v1/Lease",
            "discovery.k8s.io/v1/EndpointSlice",
            "networking.k8s.io/v1/Ingress", "networking.k8s.io/v1/IngressClass",
            "policy/v1/PodDisruptionBudget",
            "rbac.authorization.k8s.io/v1/ClusterRole", "rbac.authorization.k8s.io/v1/ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1/Role", "rbac.authorization.k8s.io/v1/RoleBinding",
            "v1/ConfigMap", "v1/Endpoints", "v1/Event", "v1/LimitRange", "v1/Namespace", "v1/Node",
            "v1/PersistentVolume", "v1/PersistentVolumeClaim", "v1/Pod", "v1/ReplicationController",
            "v1/ResourceQuota", "v1/Secret", "v1/Service", "v1/ServiceAccount",
        ]);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_kind_resolves_by_plural_kind_api_version_and_names(string key)
    {
        var kind = KindRegistry.Default.All.Single(k => k.Key == key);
        var registry = KindRegistry.Default;

        registry.TryGetByPlural(kind.Group, kind.Version, kind.Plural, out var byPlural).ShouldBeTrue();
        byPlural.ShouldBeSameAs(kind);
        registry.TryGetByKind(kind.Group, kind.Kind, out var byKind).ShouldBeTrue();
        byKind.ShouldBeSameAs(kind);
        registry.TryGetByApiVersionKind(kind.ApiVersion, kind.Kind, out var byApiVersion).ShouldBeTrue();
        byApiVersion.ShouldBeSameAs(kind);
        registry.TryResolve(kind.Plural, out var byName).ShouldBeTrue();
        byName.ShouldBeSameAs(kind);
        registry.TryResolve(kind.Kind, out var byKindName).ShouldBeTrue();
        byKindName.ShouldBeSameAs(kind);
        foreach (var shortName in kind.ShortNames)
        {
            registry.TryGetByShortName(shortName, out var byShortName).ShouldBeTrue();
            byShortName.ShouldBeSameAs(kind);
        }
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_model_type_carries_the_matching_kubernetes_entity_attribute(string key)
    {
        var kind = KindRegistry.Default.All.Single(k => k.Key == key);

        var model = kind.ModelType.GetCustomAttribute<KubernetesEntityAttribute>().ShouldNotBeNull();
        model.Group.ShouldBe(kind.Group);
        model.ApiVersion.ShouldBe(kind.Version);
        model.Kind.ShouldBe(kind.Kind);
        model.PluralName.ShouldBe(kind.Plural);

        var list = kind.ListModelType.GetCustomAttribute<KubernetesEntityAttribute>().ShouldNotBeNull();
        list.Group.ShouldBe(kind.Group);
        list.ApiVersion.ShouldBe(kind.Version);
        list.Kind.ShouldBe(kind.ListKind);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_kind_has_upstream_shape(string key)
    {
        var kind = KindRegistry.Default.All.Single(k => k.Key == key);

        kind.Singular.ShouldBe(kind.Kind.ToLowerInvariant());
        kind.Verbs.ShouldContain(KindVerbs.Get);
        kind.Verbs.ShouldContain(KindVerbs.List);
        kind.Verbs.ShouldContain(KindVerbs.Watch);
        kind.SupportedFields.ShouldContain(KindFieldGetters.MetadataName);
        kind.SupportedFields.ShouldContain(KindFieldGetters.MetadataNamespace);
    }

    [Theory]
    [InlineData("", "pods", true)]
    [InlineData("", "services", true)]
    [InlineData("", "events", true)]
    [InlineData("", "namespaces", false)]
    [InlineData("", "nodes", false)]
    [InlineData("", "persistentvolumes", false)]
    [InlineData("", "persistentvolumeclaims", true)]
    [InlineData("apps", "deployments", true)]
    [InlineData("networking.k8s.io", "ingressclasses", false)]
    [InlineData("rbac.authorization.k8s.io", "clusterroles", false)]
    [InlineData("rbac.authorization.k8s.io", "clusterrolebindings", false)]
    [InlineData("rbac.authorization.k8s.io", "roles", true)]
    [InlineData("coordination.k8s.io", "leases", true)]
    public void Scope_is_as_upstream(string group, string plural, bool namespaced)
    {
        var version = KindRegistry.Default.Groups[group][0];

        KindRegistry.Default.TryGetByPlural(group, version, plural, out var kind).ShouldBeTrue();
        kind.Namespaced.ShouldBe(namespaced);
    }

    [Theory]
    [InlineData("po", "Pod")]
    [InlineData("deploy", "Deployment")]
    [InlineData("svc", "Service")]
    [InlineData("ns", "Namespace")]
    [InlineData("no", "Node")]
    [InlineData("rs", "ReplicaSet")]
    [InlineData("sts", "StatefulSet")]
    [InlineData("ds", "DaemonSet")]
    [InlineData("ing", "Ingress")]
    [InlineData("cj", "CronJob")]
    [InlineData("cm", "ConfigMap")]
    [InlineData("ep", "Endpoints")]
    [InlineData("rc", "ReplicationController")]
    [InlineData("ev", "Event")]
    [InlineData("quota", "ResourceQuota")]
    [InlineData("limits", "LimitRange")]
    [InlineData("sa", "ServiceAccount")]
    [InlineData("pv", "PersistentVolume")]
    [InlineData("pvc", "PersistentVolumeClaim")]
    [InlineData("hpa", "HorizontalPodAutoscaler")]
    [InlineData("pdb", "PodDisruptionBudget")]
    public void Upstream_short_names_resolve(string shortName, string kindName)
    {
        KindRegistry.Default.TryGetByShortName(shortName, out var kind).ShouldBeTrue();
        kind.Kind.ShouldBe(kindName);
    }

    [Fact]
    public void Category_all_holds_exactly_the_upstream_workload_kinds()
    {
        KindRegistry.Default.All.Where(k => k.Categories.Contains(KindCategories.All)).Select(k => k.Plural).Order(StringComparer.Ordinal)
            .ShouldBe(
            [
                "cronjobs", "daemonsets", "deployments", "horizontalpodautoscalers", "jobs", "pods",
                "replicasets", "replicationcontrollers", "services", "statefulsets",
            ]);
    }

    [Theory]
    [InlineData("pods", "binding,eviction,exec,log,status")]
    [InlineData("deployments", "scale,status")]
    [InlineData("replicasets", "scale,status")]
    [InlineData("statefulsets", "scale,status")]
    [InlineData("replicationcontrollers", "scale,status")]
    [InlineData("daemonsets", "status")]
    [InlineData("jobs", "status")]
    [InlineData("nodes", "status")]
    [InlineData("namespaces", "status")]
    [InlineData("configmaps", "")]
    [InlineData("leases", "")]
    public void Subresources_are_as_planned(string plural, string subresources)
    {
        KindRegistry.Default.TryResolve(plural, out var kind).ShouldBeTrue();

        string.Join(',', kind.Subresources.Order(StringComparer.Ordinal)).ShouldBe(subresources);
        kind.HasStatus.ShouldBe(subresources.Contains("status", StringComparison.Ordinal));
    }

    [Fact]
    public void Namespaces_do_not_serve_deletecollection()
    {
        KindRegistry.Default.TryResolve("ns", out var ns).ShouldBeTrue();
        KindRegistry.Default.TryResolve("pods", out var pods).ShouldBeTrue();

        ns.SupportsVerb(KindVerbs.DeleteCollection).ShouldBeFalse();
        ns.SupportsVerb(KindVerbs.Delete).ShouldBeTrue();
        pods.SupportsVerb(KindVerbs.DeleteCollection).ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "v1", "pods", true)]
    [InlineData("", "v1", "Pods", false)]
    [InlineData("apps", "v1", "pods", false)]
    [InlineData("", "v2", "pods", false)]
    [InlineData("apps", "v1", "deployments", true)]
    [InlineData("apps", "v1beta1", "deployments", false)]
    [InlineData("autoscaling", "v2", "horizontalpodautoscalers", true)]
    [InlineData("autoscaling", "v1", "horizontalpodautoscalers", false)]
    public void Plural_lookup_needs_exact_group_version_and_plural(string group, string version, string plural, bool found)
    {
        KindRegistry.Default.TryGetByPlural(group, version, plural, out var kind).ShouldBe(found);
        (kind is not null).ShouldBe(found);
    }

    [Theory]
    [InlineData("v1", "Pod", "core/Pod")]
    [InlineData("apps/v1", "Deployment", "apps/Deployment")]
    [InlineData("batch/v1", "CronJob", "batch/CronJob")]
    [InlineData("apps/v1", "Pod", null)]
    [InlineData("v1", "Deployment", null)]
    [InlineData("apps/v1beta2", "Deployment", null)]
    [InlineData("v1", "pod", null)]
    public void Api_version_kind_lookup(string apiVersion, string kindName, string? key)
    {
        KindRegistry.Default.TryGetByApiVersionKind(apiVersion, kindName, out var kind).ShouldBe(key is not null);
        kind?.Key.ShouldBe(key);
    }

    [Theory]
    [InlineData("deployments.apps", "apps/Deployment")]
    [InlineData("deploy.apps", "apps/Deployment")]
    [InlineData("Deployment", "apps/Deployment")]
    [InlineData("deployment", "apps/Deployment")]
    [InlineData("PO", "core/Pod")]
    [InlineData("pod", "core/Pod")]
    [InlineData("hpa.autoscaling", "autoscaling/HorizontalPodAutoscaler")]
    [InlineData("pods.apps", null)]
    [InlineData("widgets", null)]
    public void Resolve_accepts_what_a_person_types(string name, string? key)
    {
        KindRegistry.Default.TryResolve(name, out var kind).ShouldBe(key is not null);
        kind?.Key.ShouldBe(key);
    }

    [Fact]
    public void Groups_list_each_group_with_its_versions_core_first()
    {
        var registry = KindRegistry.Default;

        registry.GroupNames[0].ShouldBe(string.Empty);
        registry.Groups[string.Empty].ShouldBe(["v1"]);
        registry.Groups["apps"].ShouldBe(["v1"]);
        registry.Groups["autoscaling"].ShouldBe(["v2"]);
        registry.Groups.Keys.Order(StringComparer.Ordinal).ShouldBe(registry.GroupNames.Order(StringComparer.Ordinal));
        registry.GetKinds("batch", "v1").Select(k => k.Kind).ShouldBe(["Job", "CronJob"]);
        registry.GetKinds("batch", "v2").ShouldBeEmpty();
    }

    [Fact]
    public void Duplicates_are_refused()
    {
        var pod = KindRegistry.Default.All.Single(k => k.Key == "core/Pod");
        var clash = pod with { Kind = "Other", Plural = "others", ShortNames = ["po"] };

        Should.Throw<ArgumentException>(() => new KindRegistry([pod, pod])).Message.ShouldContain("Duplicate resource");
        Should.Throw<ArgumentException>(() => new KindRegistry([pod, clash])).Message.ShouldContain("Duplicate short name po");
    }
}
