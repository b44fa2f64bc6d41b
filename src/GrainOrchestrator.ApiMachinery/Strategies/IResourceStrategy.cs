using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Validation;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// A kind's create/update semantics, like the apiserver's registry strategies. Objects are
/// wire JSON; Prepare* update the given object in place. The machinery owns uid,
/// resourceVersion, generation, timestamps and the status/spec split; a strategy owns
/// defaulting and the kind's validation (metadata rules included).
/// </summary>
public interface IResourceStrategy
{
    /// <summary>Applies the kind's defaults and create-time normalisation.</summary>
    void PrepareForCreate(JsonObject obj);

    IReadOnlyList<FieldError> ValidateCreate(JsonObject obj);

    /// <summary>Applies the kind's defaults to the new object (the apiserver defaults every decoded object) and carries over allocated values from <paramref name="old"/>.</summary>
    void PrepareForUpdate(JsonObject obj, JsonObject old);

    IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old);
}
