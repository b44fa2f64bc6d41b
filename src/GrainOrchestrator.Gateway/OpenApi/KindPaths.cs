using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// The REST paths of one kind as upstream publishes them: the collection (list, create,
/// deletecollection), the item (get, put, patch, delete), the all-namespaces list, and the
/// status, scale, binding and eviction subresources. Every operation carries
/// <c>x-kubernetes-action</c> and <c>x-kubernetes-group-version-kind</c>; writes carry
/// <c>dryRun</c>, <c>fieldManager</c> and <c>fieldValidation</c> (kubectl's strict validation
/// defers to the server when the PATCH operation of a kind has the latter).
/// </summary>
internal sealed class KindPaths
{
    private static readonly string[] ObjectContentTypes = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"];
    private static readonly string[] ListContentTypes =
        [.. ObjectContentTypes, "application/json;stream=watch", "application/vnd.kubernetes.protobuf;stream=watch"];

    private static readonly string[] PatchContentTypes =
        ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"];

    private readonly ResourceKind _kind;
    private readonly SchemaCollector _schemas;
    private readonly string _tag;

    public KindPaths(ResourceKind kind, SchemaCollector schemas)
    {
        _kind = kind;
        _schemas = schemas;
        _tag = OperationNames.Tag(kind.Group, kind.Version);
    }

    /// <summary>Adds this kind's paths to <paramref name="paths"/>.</summary>
    public void AddTo(JsonObject paths)
    {
        var root = _kind.Group.Length == 0 ? "/api/" + _kind.Version : "/apis/" + _kind.Group + "/" + _kind.Version;
        var scope = _kind.Namespaced ? root + "/namespaces/{namespace}" : root;
        var collection = scope + "/" + _kind.Plural;
        var item = collection + "/{name}";
        var self = Gvk(_kind.ModelType);

        paths[collection] = CollectionPath();
        paths[item] = ItemPath(_kind.ModelType, self, string.Empty);
        if (_kind.Namespaced && _kind.SupportsVerb(KindVerbs.List))
        {
            paths[root + "/" + _kind.Plural] = AllNamespacesPath();
        }

        if (_kind.HasSubresource(KindSubresources.Status))
        {
            paths[item + "/status"] = ItemPath(_kind.ModelType, self, "Status", subresource: true);
        }

        if (_kind.HasSubresource(KindSubresources.Scale))
        {
            paths[item + "/scale"] = ItemPath(typeof(V1Scale), Gvk(typeof(V1Scale)), "Scale", subresource: true);
        }

        if (_kind.HasSubresource(KindSubresources.Binding))
        {
            paths[item + "/binding"] = PostPath(typeof(V1Binding), "Binding");
        }

        if (_kind.HasSubresource(KindSubresources.Eviction))
        {
            paths[item + "/eviction"] = PostPath(typeof(V1Eviction), "Eviction");
        }
    }

    private static JsonObject Gvk(Type modelType)
    {
        var entity = (KubernetesEntityAttribute)Attribute.GetCustomAttribute(modelType, typeof(KubernetesEntityAttribute))!;
        return OpenApiExtensions.Gvk(entity.Group ?? string.Empty, entity.ApiVersion, entity.Kind);
    }

    private JsonObject CollectionPath()
    {
        var path = PathItem(withName: false);
        if (_kind.SupportsVerb(KindVerbs.List))
        {
            path["get"] = Operation(
                "list or watch objects of kind " + _kind.Kind,
                Id("list"),
                "list",
                Gvk(_kind.ModelType),
                OpenApiParameters.List(),
                Responses(_kind.ListModelType, ListContentTypes, "200"));
        }

        if (_kind.SupportsVerb(KindVerbs.Create))
        {
            var create = Operation(
                "create " + Article(_kind.Kind),
                Id("create"),
                "post",
                Gvk(_kind.ModelType),
                [OpenApiParameters.DryRun(), OpenApiParameters.FieldManager(), OpenApiParameters.FieldValidationParameter()],
                Responses(_kind.ModelType, ObjectContentTypes, "200", "201", "202"));
            create["requestBody"] = Body(_kind.ModelType, ["*/*"]);
            path["post"] = create;
        }

        if (_kind.SupportsVerb(KindVerbs.DeleteCollection))
        {
            var deleteCollection = Operation(
                "delete collection of " + _kind.Kind,
                Id("deleteCollection"),
                "deletecollection",
                Gvk(_kind.ModelType),
                [.. OpenApiParameters.Delete(), .. OpenApiParameters.List().Where(p => p["name"]!.GetValue<string>() is not ("watch" or "allowWatchBookmarks"))],
                Responses(typeof(V1Status), ObjectContentTypes, "200"));
            deleteCollection["requestBody"] = Body(typeof(V1DeleteOptions), ["*/*"], required: false);
            path["delete"] = deleteCollection;
        }

        return path;
    }

    private JsonObject AllNamespacesPath()
    {
        var path = new JsonObject { ["parameters"] = new JsonArray(OpenApiParameters.Pretty()) };
        path["get"] = Operation(
            "list or watch objects of kind " + _kind.Kind,
            OperationNames.Id("list", _kind.Group, _kind.Version, namespaced: false, _kind.Kind, "ForAllNamespaces"),
            "list",
            Gvk(_kind.ModelType),
            OpenApiParameters.List(),
            Responses(_kind.ListModelType, ListContentTypes, "200"));
        return path;
    }

    private JsonObject ItemPath(Type modelType, JsonObject gvk, string suffix, bool subresource = false)
    {
        var what = subresource ? suffix.ToLowerInvariant() + " of the specified " + _kind.Kind : "the specified " + _kind.Kind;
        var path = PathItem(withName: true);
        if (_kind.SupportsVerb(KindVerbs.Get))
        {
            path["get"] = Operation("read " + what, Id("read", suffix), "get", gvk.DeepClone().AsObject(), [], Responses(modelType, ObjectContentTypes, "200"));
        }

        if (_kind.SupportsVerb(KindVerbs.Update))
        {
            var replace = Operation(
                "replace " + what,
                Id("replace", suffix),
                "put",
                gvk.DeepClone().AsObject(),
                [OpenApiParameters.DryRun(), OpenApiParameters.FieldManager(), OpenApiParameters.FieldValidationParameter()],
                Responses(modelType, ObjectContentTypes, "200", "201"));
            replace["requestBody"] = Body(modelType, ["*/*"]);
            path["put"] = replace;
        }

        if (_kind.SupportsVerb(KindVerbs.Patch))
        {
            var patch = Operation(
                "partially update " + what,
                Id("patch", suffix),
                "patch",
                gvk.DeepClone().AsObject(),
                [OpenApiParameters.DryRun(), OpenApiParameters.FieldManager(), OpenApiParameters.FieldValidationParameter(), OpenApiParameters.Force()],
                Responses(modelType, ObjectContentTypes, "200", "201"));
            patch["requestBody"] = PatchBody();
            path["patch"] = patch;
        }

        if (!subresource && _kind.SupportsVerb(KindVerbs.Delete))
        {
            var delete = Operation(
                "delete " + Article(_kind.Kind),
                Id("delete", suffix),
                "delete",
                gvk.DeepClone().AsObject(),
                OpenApiParameters.Delete(),
                Responses(typeof(V1Status), ObjectContentTypes, "200", "202"));
            delete["requestBody"] = Body(typeof(V1DeleteOptions), ["*/*"], required: false);
            path["delete"] = delete;
        }

        return path;
    }

    private JsonObject PostPath(Type bodyType, string suffix)
    {
        var path = PathItem(withName: true);
        var post = Operation(
            "create " + suffix.ToLowerInvariant() + " of " + Article(_kind.Kind),
            Id("create", suffix),
            "post",
            Gvk(bodyType),
            [OpenApiParameters.DryRun(), OpenApiParameters.FieldManager(), OpenApiParameters.FieldValidationParameter()],
            Responses(bodyType, ObjectContentTypes, "200", "201", "202"));
        post["requestBody"] = Body(bodyType, ["*/*"]);
        path["post"] = post;
        return path;
    }

    private JsonObject PathItem(bool withName)
    {
        var parameters = new JsonArray();
        if (withName)
        {
            parameters.Add(OpenApiParameters.Name(_kind.Kind));
        }

        if (_kind.Namespaced)
        {
            parameters.Add(OpenApiParameters.Namespace());
        }

        parameters.Add(OpenApiParameters.Pretty());
        return new JsonObject { ["parameters"] = parameters };
    }

    private JsonObject Operation(string description, string operationId, string action, JsonObject gvk, IEnumerable<JsonObject> parameters, JsonObject responses)
    {
        var operation = new JsonObject
        {
            ["tags"] = new JsonArray(JsonValue.Create(_tag)),
            ["description"] = description,
            ["operationId"] = operationId,
        };
        var parameterArray = new JsonArray([.. parameters]);
        if (parameterArray.Count > 0)
        {
            operation["parameters"] = parameterArray;
        }

        operation["responses"] = responses;
        operation[OpenApiExtensions.Action] = action;
        operation[OpenApiExtensions.GroupVersionKind] = gvk;
        return operation;
    }

    private JsonObject Responses(Type modelType, string[] contentTypes, params string[] codes)
    {
        var responses = new JsonObject();
        foreach (var code in codes)
        {
            responses[code] = new JsonObject
            {
                ["description"] = code switch { "201" => "Created", "202" => "Accepted", _ => "OK" },
                ["content"] = Content(modelType, contentTypes),
            };
        }

        responses["401"] = new JsonObject { ["description"] = "Unauthorized" };
        return responses;
    }

    private JsonObject Body(Type modelType, string[] contentTypes, bool required = true)
    {
        var body = new JsonObject { ["content"] = Content(modelType, contentTypes) };
        if (required)
        {
            body["required"] = true;
        }

        return body;
    }

    private JsonObject PatchBody()
    {
        var content = new JsonObject();
        foreach (var contentType in PatchContentTypes)
        {
            content[contentType] = new JsonObject { ["schema"] = _schemas.ScalarRef(SchemaNames.Patch) };
        }

        return new JsonObject { ["content"] = content, ["required"] = true };
    }

    private JsonObject Content(Type modelType, string[] contentTypes)
    {
        var content = new JsonObject();
        foreach (var contentType in contentTypes)
        {
            content[contentType] = new JsonObject { ["schema"] = _schemas.Ref(modelType) };
        }

        return content;
    }

    private string Id(string verb, string suffix = "") =>
        OperationNames.Id(verb, _kind.Group, _kind.Version, _kind.Namespaced, _kind.Kind, suffix);

    private static string Article(string kind) => ("AEIOU".Contains(kind[0], StringComparison.Ordinal) ? "an " : "a ") + kind;
}
