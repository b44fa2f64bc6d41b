using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>Builds the OpenAPI v3 documents: one per served group version, plus the two discovery documents.</summary>
internal sealed class OpenApiDocumentBuilder
{
    public const string OpenApiVersion = "3.0.0";
    private const string BearerScheme = "BearerToken";

    private readonly KindRegistry _registry;
    private readonly SchemaNames _names;
    private readonly ModelDocumentation _docs;

    public OpenApiDocumentBuilder(KindRegistry registry, ModelDocumentation docs)
    {
        _registry = registry;
        _docs = docs;
        _names = new SchemaNames(registry);
    }

    /// <summary>The document of <c>api/v1</c> or <c>apis/{group}/{version}</c>.</summary>
    public JsonObject GroupVersion(string group, string version)
    {
        var schemas = new SchemaCollector(_names, _docs);
        var paths = new JsonObject();
        foreach (var kind in _registry.GetKinds(group, version))
        {
            new KindPaths(kind, schemas).AddTo(paths);
        }

        var resourcesPath = group.Length == 0 ? "/api/" + version + "/" : "/apis/" + group + "/" + version + "/";
        paths[resourcesPath] = DiscoveryPath(
            "get available resources",
            OperationNames.Id("get", group, version, namespaced: false, "APIResources"),
            OperationNames.Tag(group, version),
            schemas.Ref(typeof(V1APIResourceList)));
        return Document(SortedPaths(paths), schemas);
    }

    /// <summary>The document of <c>api</c> (core versions) or <c>apis</c> (groups).</summary>
    public JsonObject Discovery(bool core)
    {
        var schemas = new SchemaCollector(_names, _docs);
        var paths = new JsonObject
        {
            [core ? "/api/" : "/apis/"] = core
                ? DiscoveryPath("get available API versions", "getCoreAPIVersions", "core", schemas.Ref(typeof(V1APIVersions)))
                : DiscoveryPath("get available API versions", "getAPIVersions", "apis", schemas.Ref(typeof(V1APIGroupList))),
        };
        return Document(paths, schemas);
    }

    private static JsonObject DiscoveryPath(string description, string operationId, string tag, JsonObject schemaRef)
    {
        var content = new JsonObject();
        foreach (var contentType in new[] { "application/json", "application/yaml", "application/vnd.kubernetes.protobuf" })
        {
            content[contentType] = new JsonObject { ["schema"] = schemaRef.DeepClone() };
        }

        return new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["tags"] = new JsonArray(JsonValue.Create(tag)),
                ["description"] = description,
                ["operationId"] = operationId,
                ["responses"] = new JsonObject
                {
                    ["200"] = new JsonObject { ["description"] = "OK", ["content"] = content },
                    ["401"] = new JsonObject { ["description"] = "Unauthorized" },
                },
            },
        };
    }

    private static JsonObject SortedPaths(JsonObject paths)
    {
        var sorted = new JsonObject();
        foreach (var (path, item) in paths.ToList().OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            paths.Remove(path);
            sorted[path] = item;
        }

        return sorted;
    }

    private static JsonObject Document(JsonObject paths, SchemaCollector schemas) => new()
    {
        ["openapi"] = OpenApiVersion,
        ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = "unversioned" },
        ["paths"] = paths,
        ["components"] = new JsonObject
        {
            ["schemas"] = schemas.Build(),
            ["securitySchemes"] = new JsonObject
            {
                [BearerScheme] = new JsonObject
                {
                    ["type"] = "apiKey",
                    ["description"] = "Bearer token authentication",
                    ["name"] = "authorization",
                    ["in"] = "header",
                },
            },
        },
        ["security"] = new JsonArray(new JsonObject { [BearerScheme] = new JsonArray() }),
    };
}
