using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>Navigates a model type's JSON shape (through <see cref="JsonPropertyNameAttribute"/>) to find each
/// field's patch tags and the schema of its value (or of its items, for lists). Unknown fields and
/// untyped objects get <see cref="Untyped"/>: maps merge, lists are replaced.</summary>
internal sealed class PatchSchema
{
    private static readonly ConcurrentDictionary<Type, PatchSchema> Cache = new();

    private readonly ConcurrentDictionary<string, PatchField> fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PropertyInfo>? properties;
    private readonly Type? dictionaryValueType;

    private PatchSchema(Type? modelType)
    {
        ModelType = modelType;
        if (modelType is null)
        {
            return;
        }

        dictionaryValueType = DictionaryValueType(modelType);
        if (dictionaryValueType is null && IsModel(modelType))
        {
            properties = [];
            foreach (var property in modelType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
                if (name is not null)
                {
                    properties[name] = property;
                }
            }
        }
    }

    public static PatchSchema Untyped { get; } = new(null);

    public Type? ModelType { get; }

    public static PatchSchema For(Type? modelType) =>
        modelType is null ? Untyped : Cache.GetOrAdd(modelType, static type => new PatchSchema(type));

    public PatchField Field(string jsonName) => fields.GetOrAdd(jsonName, Resolve);

    private PatchField Resolve(string jsonName)
    {
        if (dictionaryValueType is not null)
        {
            return new PatchField(PatchFieldMeta.None, For(ElementType(dictionaryValueType)));
        }

        if (properties is null || !properties.TryGetValue(jsonName, out var property))
        {
            return new PatchField(PatchFieldMeta.None, Untyped);
        }

        return new PatchField(PatchMetadata.Lookup(ModelType!, jsonName), For(ElementType(property.PropertyType)));
    }

    /// <summary>The type whose fields a value of <paramref name="type"/> has: list element types are unwrapped.</summary>
    private static Type? ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive)
        {
            return null;
        }

        var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>));
        if (list is not null && DictionaryValueType(type) is null)
        {
            return ElementType(list.GetGenericArguments()[0]);
        }

        return IsModel(type) || DictionaryValueType(type) is not null ? type : null;
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        return dictionary?.GetGenericArguments()[1];
    }

    // k8s.Models classes (and any other plain model class); framework types are opaque values.
    private static bool IsModel(Type type) =>
        type.IsClass && type != typeof(string) && !(type.Namespace?.StartsWith("System", StringComparison.Ordinal) ?? true);
}
