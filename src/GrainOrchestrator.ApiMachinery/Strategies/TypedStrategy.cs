using System.Text.Json;
using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Validation;
using k8s;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// Base for kinds in <c>k8s.Models</c>: converts wire JSON to <typeparamref name="T"/> with
/// <see cref="KubernetesJson"/>, runs typed defaulting/validation, and writes the result back
/// into the same <see cref="JsonObject"/>. Every field the model knows survives the round trip;
/// fields the model does not know are dropped, as the apiserver prunes them on decode.
/// </summary>
public abstract class TypedStrategy<T> : IResourceStrategy
    where T : class, IKubernetesObject<V1ObjectMeta>
{
    /// <summary>Whether objects of the kind live in a namespace.</summary>
    protected virtual bool Namespaced => true;

    /// <summary>The rule for <c>metadata.name</c>.</summary>
    protected virtual NameValidator NameValidator => NameValidators.DnsSubdomain;

    public void PrepareForCreate(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var typed = Read(obj);
        Default(typed);
        OnCreate(typed);
        Write(typed, obj);
    }

    public void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(old);
        var typed = Read(obj);
        var previous = Read(old);
        OnUpdate(typed, previous);
        Default(typed);
        Write(typed, obj);
    }

    public IReadOnlyList<FieldError> ValidateCreate(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (!TryRead(obj, out var typed, out var decodeError))
        {
            return [decodeError];
        }

        var errors = MetadataValidation.ValidateObjectMeta(typed.Metadata, Namespaced, NameValidator);
        errors.AddRange(Validate(typed));
        return errors;
    }

    public IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(old);
        if (!TryRead(obj, out var typed, out var decodeError))
        {
            return [decodeError];
        }

        if (!TryRead(old, out var previous, out decodeError))
        {
            return [decodeError];
        }

        var errors = MetadataValidation.ValidateObjectMetaUpdate(typed.Metadata, previous.Metadata);
        errors.AddRange(Validate(typed));
        errors.AddRange(ValidateUpdate(typed, previous));
        return errors;
    }

    /// <summary>The kind's defaulting (upstream SetDefaults_*), applied on create and update.</summary>
    protected virtual void Default(T obj)
    {
    }

    /// <summary>Create-only normalisation (upstream PrepareForCreate), after defaults.</summary>
    protected virtual void OnCreate(T obj)
    {
    }

    /// <summary>Update-only normalisation before defaults, e.g. carrying allocated values from the old object.</summary>
    protected virtual void OnUpdate(T obj, T old)
    {
    }

    /// <summary>The kind's validation, run on create and on the new object of an update.</summary>
    protected virtual IEnumerable<FieldError> Validate(T obj) => [];

    /// <summary>Update-only rules (immutability) beyond <see cref="Validate(T)"/>.</summary>
    protected virtual IEnumerable<FieldError> ValidateUpdate(T obj, T old) => [];

    /// <summary>The wire JSON of a value, for comparing structured fields.</summary>
    protected static string ToJson(object? value) => value is null ? "null" : KubernetesJson.Serialize(value);

    protected static T Read(JsonObject obj) =>
        KubernetesJson.Deserialize<T>(obj) ?? throw new JsonException("object decoded to null");

    private static bool TryRead(JsonObject obj, out T typed, out FieldError error)
    {
        try
        {
            typed = Read(obj);
            error = null!;
            return true;
        }
        catch (JsonException ex)
        {
            typed = null!;
            error = FieldErrors.Invalid(new FieldPath(ex.Path?.TrimStart('$', '.') ?? string.Empty), null, ex.Message);
            return false;
        }
    }

    /// <summary>Replaces the properties of <paramref name="target"/> with those of <paramref name="value"/>.</summary>
    private static void Write(T value, JsonObject target)
    {
        var fresh = JsonNode.Parse(KubernetesJson.Serialize(value))!.AsObject();
        var properties = fresh.ToList();
        fresh.Clear();
        target.Clear();
        foreach (var (name, node) in properties)
        {
            target[name] = node;
        }
    }
}
