using System.Text;
using System.Text.Json;
using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// core/v1 Secret: type defaults to Opaque; <c>stringData</c> is merged into <c>data</c> (as the
/// apiserver's conversion does, so it is never stored); keys, size, per-type required keys,
/// type and immutability on update.
/// </summary>
public sealed class SecretStrategy : TypedStrategy<V1Secret>
{
    private static readonly FieldPath DataPath = FieldPath.New("data");

    protected override void Default(V1Secret obj)
    {
        obj.Type ??= "Opaque";
        if (obj.StringData is { Count: > 0 } stringData)
        {
            obj.Data ??= new Dictionary<string, byte[]>();
            foreach (var (key, value) in stringData)
            {
                obj.Data[key] = Encoding.UTF8.GetBytes(value ?? string.Empty);
            }
        }

        obj.StringData = null;
    }

    protected override IEnumerable<FieldError> Validate(V1Secret obj)
    {
        var errors = new List<FieldError>();
        var data = obj.Data ?? new Dictionary<string, byte[]>();
        errors.AddRange(DataKeyRules.ValidateKeys(data.Keys, DataPath));
        if (DataKeyRules.Size(data) > DataKeyRules.MaxDataSize)
        {
            errors.Add(FieldErrors.TooLong(DataPath, DataKeyRules.MaxDataSize));
        }

        switch (obj.Type)
        {
            case "kubernetes.io/service-account-token":
                if (obj.Metadata?.Annotations is null || !obj.Metadata.Annotations.TryGetValue("kubernetes.io/service-account.name", out var account) || string.IsNullOrEmpty(account))
                {
                    errors.Add(FieldErrors.Required(FieldPath.New("metadata", "annotations").Key("kubernetes.io/service-account.name")));
                }

                break;
            case "kubernetes.io/dockercfg":
                RequireKeys(data, errors, ".dockercfg");
                RequireJson(data, ".dockercfg", errors);
                break;
            case "kubernetes.io/dockerconfigjson":
                RequireKeys(data, errors, ".dockerconfigjson");
                RequireJson(data, ".dockerconfigjson", errors);
                break;
            case "kubernetes.io/basic-auth":
                if (!Has(data, "username") && !Has(data, "password"))
                {
                    RequireKeys(data, errors, "username", "password");
                }

                break;
            case "kubernetes.io/ssh-auth":
                RequireKeys(data, errors, "ssh-privatekey");
                break;
            case "kubernetes.io/tls":
                RequireKeys(data, errors, "tls.crt", "tls.key");
                break;
            default:
                break;
        }

        return errors;
    }

    protected override IEnumerable<FieldError> ValidateUpdate(V1Secret obj, V1Secret old)
    {
        var errors = new List<FieldError>();
        errors.AddRange(FieldErrors.Immutable(obj.Type, old.Type, FieldPath.New("type")));
        errors.AddRange(DataKeyRules.ValidateImmutable(obj.Immutable, old.Immutable, [("data", ToJson(obj.Data), ToJson(old.Data))]));
        return errors;
    }

    private static bool Has(IDictionary<string, byte[]> data, string key) => data.TryGetValue(key, out var value) && value is { Length: > 0 };

    private static void RequireKeys(IDictionary<string, byte[]> data, List<FieldError> errors, params string[] keys)
    {
        foreach (var key in keys.Where(k => !Has(data, k)))
        {
            errors.Add(FieldErrors.Required(DataPath.Key(key)));
        }
    }

    private static void RequireJson(IDictionary<string, byte[]> data, string key, List<FieldError> errors)
    {
        if (!Has(data, key))
        {
            return;
        }

        try
        {
            using var _ = JsonDocument.Parse(data[key]);
        }
        catch (JsonException ex)
        {
            errors.Add(FieldErrors.Invalid(DataPath.Key(key), "<secret contents redacted>", ex.Message));
        }
    }
}
