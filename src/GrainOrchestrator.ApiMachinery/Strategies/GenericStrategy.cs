using System.Text.Json;
using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Validation;
using k8s;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// Metadata-only strategy for kinds without a dedicated one (custom resources and the long tail):
/// no defaults, metadata validation only. Works on the JSON directly so unknown fields survive.
/// </summary>
public sealed class GenericStrategy(bool namespaced, NameValidator? nameValidator = null) : IResourceStrategy
{
    private readonly NameValidator nameValidator = nameValidator ?? NameValidators.DnsSubdomain;

    public bool Namespaced { get; } = namespaced;

    public void PrepareForCreate(JsonObject obj)
    {
    }

    public void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
    }

    public IReadOnlyList<FieldError> ValidateCreate(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return TryReadMetadata(obj, out var meta, out var error)
            ? MetadataValidation.ValidateObjectMeta(meta, Namespaced, nameValidator)
            : [error];
    }

    public IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(old);
        if (!TryReadMetadata(obj, out var meta, out var error) || !TryReadMetadata(old, out var oldMeta, out error))
        {
            return [error];
        }

        return MetadataValidation.ValidateObjectMetaUpdate(meta, oldMeta);
    }

    private static bool TryReadMetadata(JsonObject obj, out V1ObjectMeta meta, out FieldError error)
    {
        error = null!;
        meta = new V1ObjectMeta();
        if (obj["metadata"] is not JsonNode node)
        {
            return true;
        }

        try
        {
            meta = KubernetesJson.Deserialize<V1ObjectMeta>(node) ?? new V1ObjectMeta();
            return true;
        }
        catch (JsonException ex)
        {
            error = FieldErrors.Invalid(FieldPath.New("metadata"), null, ex.Message);
            return false;
        }
    }
}
