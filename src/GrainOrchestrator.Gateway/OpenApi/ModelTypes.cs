using System.Reflection;
using System.Text.Json.Serialization;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>Reflection helpers over the KubernetesClient model classes.</summary>
internal static class ModelTypes
{
    /// <summary>A model class that becomes a named schema (not a scalar like IntOrString or Quantity).</summary>
    public static bool IsModel(Type type) =>
        type.IsClass && type.Namespace == typeof(V1Pod).Namespace &&
        type != typeof(IntOrString) && type != typeof(ResourceQuantity) && type != typeof(V1Patch);

    /// <summary>The serialized properties of a model, with their JSON names, ordered by JSON name.</summary>
    public static IReadOnlyList<(PropertyInfo Property, string JsonName)> Properties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0)
            .Select(p => (Property: p, JsonName: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(p => p.JsonName is not null)
            .Select(p => (p.Property, p.JsonName!))
            .OrderBy(p => p.Item2, StringComparer.Ordinal)];

    /// <summary>The element type of a list, or null.</summary>
    public static Type? ListElement(Type type)
    {
        if (type == typeof(string) || type == typeof(byte[]))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null || MapValue(type) is not null ? null : enumerable.GetGenericArguments()[0];
    }

    /// <summary>The value type of a string-keyed map, or null.</summary>
    public static Type? MapValue(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        return dictionary?.GetGenericArguments() is [var key, var value] && key == typeof(string) ? value : null;
    }

    /// <summary>The model classes a property type refers to (through lists, maps and nullables).</summary>
    public static Type? ReferencedModel(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IsModel(underlying))
        {
            return underlying;
        }

        var inner = ListElement(underlying) ?? MapValue(underlying);
        return inner is null ? null : ReferencedModel(inner);
    }

    /// <summary>Every model class reachable from <paramref name="roots"/>, roots first, in discovery order.</summary>
    public static IReadOnlyList<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var order = new List<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            order.Add(type);
            foreach (var (property, _) in Properties(type))
            {
                if (ReferencedModel(property.PropertyType) is { } referenced && !seen.Contains(referenced))
                {
                    queue.Enqueue(referenced);
                }
            }
        }

        return order;
    }
}
