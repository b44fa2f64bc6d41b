using System.Reflection;
using System.Text.Json.Nodes;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// Builds <c>components.schemas</c> of one document: each model class referenced through
/// <see cref="Ref"/> becomes a named schema, with the classes its properties reach.
/// </summary>
internal sealed class SchemaCollector
{
    private const string RefPrefix = "#/components/schemas/";

    // Struct-valued (non-pointer) fields upstream gives "default: {}"; these names cover the common ones.
    private static readonly HashSet<string> ValueStructFields = new(StringComparer.Ordinal) { "metadata", "spec", "status", "template" };

    private readonly SchemaNames _names;
    private readonly ModelDocumentation _docs;
    private readonly SortedDictionary<string, JsonObject> _schemas = new(StringComparer.Ordinal);
    private readonly Queue<Type> _pending = new();
    private readonly HashSet<Type> _seen = [];
    private readonly HashSet<string> _scalars = new(StringComparer.Ordinal);

    public SchemaCollector(SchemaNames names, ModelDocumentation docs)
    {
        _names = names;
        _docs = docs;
    }

    /// <summary>A <c>$ref</c> to the schema of <paramref name="modelType"/>, registering it.</summary>
    public JsonObject Ref(Type modelType) => RefNode(Register(modelType));

    /// <summary>A <c>$ref</c> to one of <see cref="WellKnownSchemas"/> (e.g. <see cref="SchemaNames.Patch"/>), registering it.</summary>
    public JsonObject ScalarRef(string name) => RefNode(RegisterScalar(name));

    /// <summary>The schemas of every registered class and everything they reach, sorted by name.</summary>
    public JsonObject Build()
    {
        while (_pending.TryDequeue(out var type))
        {
            _schemas[_names.Of(type)] = ModelSchema(type);
        }

        foreach (var scalar in _scalars)
        {
            _schemas[scalar] = WellKnownSchemas.Create(scalar);
        }

        var result = new JsonObject();
        foreach (var (name, schema) in _schemas.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            result[name] = schema;
        }

        return result;
    }

    private static JsonObject RefNode(string name) => new() { ["$ref"] = RefPrefix + name };

    private string Register(Type modelType)
    {
        if (_seen.Add(modelType))
        {
            _pending.Enqueue(modelType);
        }

        return _names.Of(modelType);
    }

    private string RegisterScalar(string name)
    {
        _scalars.Add(name);
        return name;
    }

    private JsonObject ModelSchema(Type type)
    {
        var schema = new JsonObject();
        if (_docs.ForType(type) is { } description)
        {
            schema["description"] = description;
        }

        schema["type"] = "object";
        var properties = new JsonObject();
        foreach (var (property, jsonName) in ModelTypes.Properties(type))
        {
            properties[jsonName] = PropertySchema(type, property, jsonName);
        }

        if (properties.Count > 0)
        {
            schema["properties"] = properties;
        }

        var required = RequiredFields.Of(type);
        if (required.Count > 0)
        {
            schema["required"] = new JsonArray([.. required.Order(StringComparer.Ordinal).Select(r => (JsonNode)JsonValue.Create(r))]);
        }

        if (type.GetCustomAttribute<KubernetesEntityAttribute>() is { Kind: { Length: > 0 } kind, ApiVersion: { Length: > 0 } version } entity)
        {
            schema[OpenApiExtensions.GroupVersionKind] = new JsonArray(OpenApiExtensions.Gvk(entity.Group ?? string.Empty, version, kind));
        }

        return schema;
    }

    private JsonObject PropertySchema(Type declaringType, PropertyInfo property, string jsonName)
    {
        var schema = TypeSchema(property.PropertyType, declaringType, jsonName);
        var description = _docs.ForProperty(property);
        if (schema.ContainsKey("$ref") && (description is not null || ValueStructFields.Contains(jsonName)))
        {
            // OpenAPI 3.0 ignores siblings of $ref, so upstream wraps it to attach a description.
            var wrapped = new JsonObject { ["allOf"] = new JsonArray(schema) };
            if (ValueStructFields.Contains(jsonName))
            {
                wrapped["default"] = new JsonObject();
            }

            schema = wrapped;
        }

        if (description is not null)
        {
            schema["description"] = description;
        }

        FieldExtensions.Apply(schema, declaringType, jsonName, ModelTypes.ListElement(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is not null);
        return schema;
    }

    private JsonObject TypeSchema(Type type, Type declaringType, string jsonName)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(int) || type == typeof(short) || type == typeof(byte))
        {
            return new JsonObject { ["type"] = "integer", ["format"] = "int32" };
        }

        if (type == typeof(long) || type == typeof(uint) || type == typeof(ulong))
        {
            return new JsonObject { ["type"] = "integer", ["format"] = "int64" };
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return new JsonObject { ["type"] = "number", ["format"] = "double" };
        }

        if (type == typeof(byte[]))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "byte" };
        }

        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return RefNode(RegisterScalar(WellKnownSchemas.IsMicroTime(declaringType, jsonName) ? SchemaNames.MicroTime : SchemaNames.Time));
        }

        if (type == typeof(IntOrString))
        {
            return RefNode(RegisterScalar(SchemaNames.IntOrString));
        }

        if (type == typeof(ResourceQuantity))
        {
            return RefNode(RegisterScalar(SchemaNames.Quantity));
        }

        if (ModelTypes.IsModel(type))
        {
            return Ref(type);
        }

        if (ModelTypes.MapValue(type) is { } valueType)
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = ItemSchema(valueType, declaringType, jsonName) };
        }

        if (ModelTypes.ListElement(type) is { } elementType)
        {
            return new JsonObject { ["type"] = "array", ["items"] = ItemSchema(elementType, declaringType, jsonName) };
        }

        // object, JsonElement, RawExtension-like payloads: any JSON object.
        return new JsonObject { ["type"] = "object", [OpenApiExtensions.PreserveUnknownFields] = true };
    }

    // Items of lists and values of maps carry upstream's zero-value defaults.
    private JsonObject ItemSchema(Type type, Type declaringType, string jsonName)
    {
        var schema = TypeSchema(type, declaringType, jsonName);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (ModelTypes.IsModel(underlying))
        {
            return new JsonObject { ["allOf"] = new JsonArray(schema), ["default"] = new JsonObject() };
        }

        switch (schema["type"]?.GetValue<string>())
        {
            case "string" when !schema.ContainsKey("format"):
                schema["default"] = string.Empty;
                break;
            case "integer" or "number":
                schema["default"] = 0;
                break;
            case "boolean":
                schema["default"] = false;
                break;
        }

        return schema;
    }
}
