using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>core/v1 ConfigMap: valid and distinct keys across data and binaryData, 1 MiB total, immutability.</summary>
public sealed class ConfigMapStrategy : TypedStrategy<V1ConfigMap>
{
    protected override IEnumerable<FieldError> Validate(V1ConfigMap obj)
    {
        var errors = new List<FieldError>();
        var data = obj.Data ?? new Dictionary<string, string>();
        var binary = obj.BinaryData ?? new Dictionary<string, byte[]>();
        errors.AddRange(DataKeyRules.ValidateKeys(data.Keys, FieldPath.New("data")));
        errors.AddRange(DataKeyRules.ValidateKeys(binary.Keys, FieldPath.New("binaryData")));
        foreach (var key in binary.Keys.Where(data.ContainsKey))
        {
            errors.Add(FieldErrors.Invalid(FieldPath.New("data").Key(key), key, "duplicate of key present in binaryData"));
        }

        if (DataKeyRules.Size(data) + DataKeyRules.Size(binary) > DataKeyRules.MaxDataSize)
        {
            errors.Add(FieldErrors.TooLong(FieldPath.Root, DataKeyRules.MaxDataSize));
        }

        return errors;
    }

    protected override IEnumerable<FieldError> ValidateUpdate(V1ConfigMap obj, V1ConfigMap old) =>
        DataKeyRules.ValidateImmutable(obj.Immutable, old.Immutable,
        [
            ("data", ToJson(obj.Data), ToJson(old.Data)),
            ("binaryData", ToJson(obj.BinaryData), ToJson(old.BinaryData)),
        ]);
}
