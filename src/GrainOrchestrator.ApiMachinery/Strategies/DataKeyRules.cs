using System.Text;
using GrainOrchestrator.ApiMachinery.Validation;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>Key, size and immutability rules shared by ConfigMap and Secret.</summary>
internal static class DataKeyRules
{
    /// <summary>Upstream's MaxSecretSize, also applied to config maps: 1 MiB.</summary>
    public const int MaxDataSize = 1024 * 1024;

    public const string ImmutableWhenSet = "field is immutable when `immutable` is set";

    public static IEnumerable<FieldError> ValidateKeys(IEnumerable<string> keys, FieldPath path) =>
        keys.SelectMany(key => NameRules.IsConfigMapKey(key).Select(m => FieldErrors.Invalid(path.Key(key), key, m)));

    public static long Size(IDictionary<string, string>? data) =>
        (data ?? new Dictionary<string, string>()).Sum(p => (long)Encoding.UTF8.GetByteCount(p.Key) + Encoding.UTF8.GetByteCount(p.Value ?? string.Empty));

    public static long Size(IDictionary<string, byte[]>? data) =>
        (data ?? new Dictionary<string, byte[]>()).Sum(p => (long)Encoding.UTF8.GetByteCount(p.Key) + (p.Value?.Length ?? 0));

    /// <summary>Once <c>immutable</c> is true it stays true and the listed data fields may not change.</summary>
    public static IEnumerable<FieldError> ValidateImmutable(bool? immutable, bool? oldImmutable, IEnumerable<(string Field, string NewJson, string OldJson)> data)
    {
        if (oldImmutable != true)
        {
            yield break;
        }

        if (immutable != true)
        {
            yield return FieldErrors.Forbidden(FieldPath.New("immutable"), ImmutableWhenSet);
        }

        foreach (var (field, newJson, oldJson) in data)
        {
            if (newJson != oldJson)
            {
                yield return FieldErrors.Forbidden(FieldPath.New(field), ImmutableWhenSet);
            }
        }
    }
}
