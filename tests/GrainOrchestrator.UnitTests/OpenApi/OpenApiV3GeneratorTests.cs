using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.OpenApi;

namespace GrainOrchestrator.UnitTests.OpenApi;

public sealed class OpenApiV3GeneratorTests
{
    // Generation reads a 25 MB XML file and reflects over the models: once for the class.
    private static readonly OpenApiV3Generator Generator = new();

    public static TheoryData<string, string, string> Kinds()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in KindRegistry.Default.All)
        {
            data.Add(kind.Group, kind.Version, kind.Kind);
        }

        return data;
    }

    [Fact]
    public void Index_lists_every_group_version_of_the_registry_and_the_discovery_documents()
    {
        var paths = Generator.Index()["paths"]!.AsObject();

        var expected = KindRegistry.Default.Groups
            .SelectMany(g => g.Value.Select(v => g.Key.Length == 0 ? "api/" + v : "apis/" + g.Key + "/" + v))
            .Append("api").Append("apis");
        paths.Select(p => p.Key).ShouldBe(expected, ignoreOrder: true);
        paths["apis/apps/v1"]!["serverRelativeURL"]!.GetValue<string>().ShouldMatch("^/openapi/v3/apis/apps/v1\\?hash=[0-9A-F]{128}$");
    }

    [Fact]
    public void Hash_is_the_upper_case_sha512_of_the_served_bytes_and_matches_the_index()
    {
        Generator.TryGet("apis/apps/v1", out var document).ShouldBeTrue();

        document.Hash.ShouldBe(Convert.ToHexString(SHA512.HashData(document.Utf8Json.Span)));
        Generator.Index()["paths"]!["apis/apps/v1"]!["serverRelativeURL"]!.GetValue<string>().ShouldEndWith("?hash=" + document.Hash);
    }

    [Fact]
    public void Documents_are_stable_across_generators()
    {
        var other = new OpenApiV3Generator();

        foreach (var (path, document) in Generator.Documents)
        {
            other.TryGetDocument(path, out var again, out var hash).ShouldBeTrue();
            hash.ShouldBe(document.Hash, path);
            JsonSerializer.SerializeToUtf8Bytes(again).ShouldBe(document.Utf8Json.ToArray(), path);
        }
    }

    [Theory]
    [InlineData("api/v1")]
    [InlineData("/api/v1")]
    [InlineData("apis/apps/v1")]
    [InlineData("apis/rbac.authorization.k8s.io/v1")]
    [InlineData("api")]
    [InlineData("apis")]
    public void Documents_parse_as_openapi_3(string path)
    {
        Generator.TryGetDocument(path, out var document, out _).ShouldBeTrue();

        var reparsed = JsonNode.Parse(document.ToJsonString())!.AsObject();
        reparsed["openapi"]!.GetValue<string>().ShouldBe("3.0.0");
        reparsed["paths"]!.AsObject().Count.ShouldBeGreaterThan(0);
        reparsed["components"]!["schemas"]!.AsObject().Count.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("apis/apps/v2")]
    [InlineData("apis/nosuch.example.com/v1")]
    [InlineData("")]
    public void Unknown_paths_are_not_found(string path) =>
        Generator.TryGetDocument(path, out _, out _).ShouldBeFalse();

    [Fact]
    public void Every_local_reference_resolves()
    {
        foreach (var (path, document) in Generator.Documents)
        {
            var root = document.ToJsonObject();
            var schemas = root["components"]!["schemas"]!.AsObject();
            foreach (var reference in References(root))
            {
                reference.ShouldStartWith("#/components/schemas/");
                schemas.ContainsKey(reference["#/components/schemas/".Length..]).ShouldBeTrue($"{path}: {reference}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_schema_with_its_group_version_kind(string group, string version, string kind)
    {
        var schema = KindSchema(group, version, kind);

        schema["type"]!.GetValue<string>().ShouldBe("object");
        schema["properties"]!["metadata"]!["allOf"]![0]!["$ref"]!.GetValue<string>()
            .ShouldBe("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_patch_operation_of_a_kind_carries_field_validation_and_its_group_version_kind(string group, string version, string kind)
    {
        var document = Document(group, version);
        var patches = document["paths"]!.AsObject()
            .Select(p => p.Value!["patch"])
            .OfType<JsonObject>()
            .Where(op => IsGvk(op["x-kubernetes-group-version-kind"], group, version, kind))
            .ToList();

        patches.ShouldNotBeEmpty();
        foreach (var patch in patches)
        {
            patch["x-kubernetes-action"]!.GetValue<string>().ShouldBe("patch");
            patch["parameters"]!.AsArray()
                .ShouldContain(p => p!["name"]!.GetValue<string>() == "fieldValidation" && p["in"]!.GetValue<string>() == "query");
            patch["requestBody"]!["content"]!.AsObject().Select(c => c.Key).ShouldBe(
                ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"],
                ignoreOrder: true);
        }
    }

    [Theory]
    [InlineData("/api/v1/namespaces/{namespace}/pods", "get", "list", "listCoreV1NamespacedPod")]
    [InlineData("/api/v1/namespaces/{namespace}/pods", "post", "post", "createCoreV1NamespacedPod")]
    [InlineData("/api/v1/namespaces/{namespace}/pods", "delete", "deletecollection", "deleteCollectionCoreV1NamespacedPod")]
    [InlineData("/api/v1/namespaces/{namespace}/pods/{name}", "get", "get", "readCoreV1NamespacedPod")]
    [InlineData("/api/v1/namespaces/{namespace}/pods/{name}", "put", "put", "replaceCoreV1NamespacedPod")]
    [InlineData("/api/v1/namespaces/{namespace}/pods/{name}", "patch", "patch", "patchCoreV1NamespacedPod")]
    [InlineData("/api/v1/namespaces/{namespace}/pods/{name}", "delete", "delete", "deleteCoreV1NamespacedPod")]
    [InlineData("/api/v1/namespaces/{namespace}/pods/{name}/status", "patch", "patch", "patchCoreV1NamespacedPodStatus")]
    [InlineData("/api/v1/pods", "get", "list", "listCoreV1PodForAllNamespaces")]
    [InlineData("/api/v1/nodes", "get", "list", "listCoreV1Node")]
    [InlineData("/api/v1/nodes/{name}", "patch", "patch", "patchCoreV1Node")]
    public void Core_operations_have_upstream_ids_and_actions(string path, string method, string action, string operationId)
    {
        var operation = Document(string.Empty, "v1")["paths"]![path]![method]!;

        operation["x-kubernetes-action"]!.GetValue<string>().ShouldBe(action);
        operation["operationId"]!.GetValue<string>().ShouldBe(operationId);
    }

    [Fact]
    public void Namespaces_have_no_deletecollection_and_no_all_namespaces_list()
    {
        var paths = Document(string.Empty, "v1")["paths"]!.AsObject();

        paths["/api/v1/namespaces"]!.AsObject().ContainsKey("delete").ShouldBeFalse();
        paths["/api/v1/namespaces/{name}"]!.AsObject().ContainsKey("delete").ShouldBeTrue();
    }

    [Fact]
    public void Scale_subresource_speaks_autoscaling_v1_scale()
    {
        var patch = Document("apps", "v1")["paths"]!["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale"]!["patch"]!;

        IsGvk(patch["x-kubernetes-group-version-kind"], "autoscaling", "v1", "Scale").ShouldBeTrue();
        patch["operationId"]!.GetValue<string>().ShouldBe("patchAppsV1NamespacedDeploymentScale");
        Document("apps", "v1")["components"]!["schemas"]!.AsObject().ContainsKey("io.k8s.api.autoscaling.v1.Scale").ShouldBeTrue();
    }

    [Theory]
    [InlineData("create", "dryRun")]
    [InlineData("create", "fieldManager")]
    [InlineData("create", "fieldValidation")]
    [InlineData("replace", "fieldValidation")]
    [InlineData("patch", "force")]
    [InlineData("delete", "propagationPolicy")]
    [InlineData("list", "labelSelector")]
    [InlineData("list", "watch")]
    public void Operations_carry_their_query_parameters(string verb, string parameter)
    {
        var operation = Document("apps", "v1")["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(m => m.Value is JsonObject))
            .Select(m => m.Value!)
            .Single(op => op["operationId"]?.GetValue<string>() == verb + "AppsV1NamespacedDeployment");

        operation["parameters"]!.AsArray().ShouldContain(p => p!["name"]!.GetValue<string>() == parameter);
    }

    [Theory]
    [InlineData("io.k8s.apimachinery.pkg.util.intstr.IntOrString", "string", "int-or-string")]
    [InlineData("io.k8s.apimachinery.pkg.api.resource.Quantity", "string", null)]
    [InlineData("io.k8s.apimachinery.pkg.apis.meta.v1.Time", "string", "date-time")]
    public void Scalar_types_are_strings_as_upstream(string name, string type, string? format)
    {
        var schema = Document(string.Empty, "v1")["components"]!["schemas"]![name]!;

        schema["type"]!.GetValue<string>().ShouldBe(type);
        schema["format"]?.GetValue<string>().ShouldBe(format);
        if (format == "int-or-string")
        {
            schema["x-kubernetes-int-or-string"]!.GetValue<bool>().ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData("io.k8s.api.core.v1.ContainerPort", "containerPort", "integer", "int32")]
    [InlineData("io.k8s.api.core.v1.Container", "name", "string", null)]
    [InlineData("io.k8s.api.core.v1.PodSpec", "hostNetwork", "boolean", null)]
    [InlineData("io.k8s.api.core.v1.PodSpec", "activeDeadlineSeconds", "integer", "int64")]
    [InlineData("io.k8s.api.core.v1.PodSpec", "containers", "array", null)]
    [InlineData("io.k8s.api.core.v1.PodSpec", "nodeSelector", "object", null)]
    public void Property_types_follow_the_model(string schemaName, string property, string type, string? format)
    {
        var schema = Document(string.Empty, "v1")["components"]!["schemas"]![schemaName]!["properties"]![property]!;

        schema["type"]!.GetValue<string>().ShouldBe(type);
        schema["format"]?.GetValue<string>().ShouldBe(format);
    }

    [Theory]
    [InlineData("io.k8s.api.core.v1.HTTPGetAction", "port", "io.k8s.apimachinery.pkg.util.intstr.IntOrString")]
    [InlineData("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "creationTimestamp", "io.k8s.apimachinery.pkg.apis.meta.v1.Time")]
    [InlineData("io.k8s.api.core.v1.Pod", "spec", "io.k8s.api.core.v1.PodSpec")]
    public void Property_references_are_wrapped_in_all_of(string schemaName, string property, string target)
    {
        var schema = Document(string.Empty, "v1")["components"]!["schemas"]![schemaName]!["properties"]![property]!;

        schema["allOf"]![0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/" + target);
        schema["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Maps_use_additional_properties()
    {
        var schemas = Document(string.Empty, "v1")["components"]!["schemas"]!;

        schemas["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"]!["properties"]!["labels"]!["additionalProperties"]!["type"]!
            .GetValue<string>().ShouldBe("string");
        schemas["io.k8s.api.core.v1.ResourceRequirements"]!["properties"]!["limits"]!["additionalProperties"]!["$ref"]!
            .GetValue<string>().ShouldBe("#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity");
        schemas["io.k8s.api.core.v1.Secret"]!["properties"]!["data"]!["additionalProperties"]!["format"]!
            .GetValue<string>().ShouldBe("byte");
    }

    [Fact]
    public void Pod_containers_carry_the_strategic_merge_tags()
    {
        var containers = Document(string.Empty, "v1")["components"]!["schemas"]!["io.k8s.api.core.v1.PodSpec"]!["properties"]!["containers"]!;

        containers["x-kubernetes-patch-merge-key"]!.GetValue<string>().ShouldBe("name");
        containers["x-kubernetes-patch-strategy"]!.GetValue<string>().ShouldBe("merge");
        containers["x-kubernetes-list-type"]!.GetValue<string>().ShouldBe("map");
        containers["items"]!["allOf"]![0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/io.k8s.api.core.v1.Container");
    }

    [Theory]
    [InlineData("io.k8s.api.core.v1.PodSpec", "volumes", "merge,retainKeys", "name")]
    [InlineData("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "finalizers", "merge", null)]
    public void Other_patch_tags_follow_patch_metadata(string schemaName, string property, string strategy, string? mergeKey)
    {
        var schema = Document(string.Empty, "v1")["components"]!["schemas"]![schemaName]!["properties"]![property]!;

        schema["x-kubernetes-patch-strategy"]!.GetValue<string>().ShouldBe(strategy);
        schema["x-kubernetes-patch-merge-key"]?.GetValue<string>().ShouldBe(mergeKey);
    }

    [Theory]
    [InlineData("io.k8s.api.core.v1.Container", "name")]
    [InlineData("io.k8s.api.core.v1.PodSpec", "containers")]
    [InlineData("io.k8s.api.core.v1.ContainerPort", "containerPort")]
    public void Required_fields_are_listed(string schemaName, string field) =>
        Document(string.Empty, "v1")["components"]!["schemas"]![schemaName]!["required"]!.AsArray()
            .ShouldContain(f => f!.GetValue<string>() == field);

    [Theory]
    [InlineData("", "v1", "io.k8s.api.core.v1.Pod", null, "Pod is a collection of containers")]
    [InlineData("", "v1", "io.k8s.api.core.v1.PodSpec", "containers", "List of containers belonging to the pod")]
    [InlineData("", "v1", "io.k8s.api.core.v1.Container", "image", "Container image name")]
    [InlineData("apps", "v1", "io.k8s.api.apps.v1.DeploymentSpec", "replicas", "Number of desired pods")]
    public void Descriptions_come_from_the_client_documentation(string group, string version, string schemaName, string? property, string expected)
    {
        var schema = Document(group, version)["components"]!["schemas"]![schemaName]!;
        var described = property is null ? schema : schema["properties"]![property]!;

        described["description"]!.GetValue<string>().ShouldContain(expected);
    }

    [Theory]
    [InlineData("apps", "v1", "io.k8s.api.apps.v1.DeploymentSpec")]
    [InlineData("apps", "v1", "io.k8s.api.core.v1.PodTemplateSpec")]
    [InlineData("apps", "v1", "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector")]
    [InlineData("autoscaling", "v2", "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec")]
    [InlineData("networking.k8s.io", "v1", "io.k8s.api.networking.v1.IngressSpec")]
    [InlineData("rbac.authorization.k8s.io", "v1", "io.k8s.api.rbac.v1.Subject")]
    [InlineData("", "v1", "io.k8s.api.core.v1.Event")]
    [InlineData("", "v1", "io.k8s.apimachinery.pkg.apis.meta.v1.Status")]
    [InlineData("", "v1", "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions")]
    [InlineData("coordination.k8s.io", "v1", "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime")]
    public void Schemas_have_upstream_names(string group, string version, string schemaName) =>
        Document(group, version)["components"]!["schemas"]!.AsObject().ContainsKey(schemaName).ShouldBeTrue();

    private static JsonObject Document(string group, string version)
    {
        Generator.TryGetDocument(group.Length == 0 ? "api/" + version : "apis/" + group + "/" + version, out var document, out _).ShouldBeTrue();
        return document;
    }

    private static JsonObject KindSchema(string group, string version, string kind) =>
        Document(group, version)["components"]!["schemas"]!.AsObject()
            .Select(s => s.Value!.AsObject())
            .Single(s => s["x-kubernetes-group-version-kind"] is JsonArray gvks && gvks.Any(g => IsGvk(g, group, version, kind)));

    private static bool IsGvk(JsonNode? node, string group, string version, string kind) =>
        node is JsonObject gvk &&
        gvk["group"]?.GetValue<string>() == group &&
        gvk["version"]?.GetValue<string>() == version &&
        gvk["kind"]?.GetValue<string>() == kind;

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
