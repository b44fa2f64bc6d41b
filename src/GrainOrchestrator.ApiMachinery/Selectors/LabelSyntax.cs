using System.Text.RegularExpressions;

namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>
/// Label key and value syntax (upstream rules): a key is an optional DNS-1123 subdomain prefix and '/'
/// followed by a name of at most 63 characters of [A-Za-z0-9._-] that starts and ends alphanumeric;
/// a value is empty or follows the same rule as the name.
/// </summary>
public static partial class LabelSyntax
{
    public const int MaxNameLength = 63;
    public const int MaxPrefixLength = 253;
    public const int MaxValueLength = 63;

    private const string NameRule =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private const string PrefixRule =
        "must be a lowercase DNS-1123 subdomain: lower case alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character";

    /// <summary>Null when <paramref name="key"/> is a valid label key, else why not.</summary>
    public static string? ValidateKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/');
        switch (parts.Length)
        {
            case 1:
                return ValidateName(key, parts[0]);
            case 2:
                return ValidatePrefix(key, parts[0]) ?? ValidateName(key, parts[1]);
            default:
                return $"invalid label key \"{key}\": a key is a name with an optional DNS subdomain prefix and '/' (e.g. 'example.com/my-name')";
        }
    }

    /// <summary>Null when <paramref name="value"/> is a valid label value, else why not.</summary>
    public static string? ValidateValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxValueLength)
        {
            return $"invalid label value \"{value}\": must be no more than {MaxValueLength} characters";
        }

        return value.Length == 0 || NamePattern().IsMatch(value)
            ? null
            : $"invalid label value \"{value}\": a valid label value must be empty or {NameRule}";
    }

    private static string? ValidateName(string key, string name)
    {
        if (name.Length == 0)
        {
            return $"invalid label key \"{key}\": name part must not be empty";
        }

        if (name.Length > MaxNameLength)
        {
            return $"invalid label key \"{key}\": name part must be no more than {MaxNameLength} characters";
        }

        return NamePattern().IsMatch(name) ? null : $"invalid label key \"{key}\": name part {NameRule}";
    }

    private static string? ValidatePrefix(string key, string prefix)
    {
        if (prefix.Length == 0)
        {
            return $"invalid label key \"{key}\": prefix part must not be empty";
        }

        if (prefix.Length > MaxPrefixLength)
        {
            return $"invalid label key \"{key}\": prefix part must be no more than {MaxPrefixLength} characters";
        }

        return SubdomainPattern().IsMatch(prefix) ? null : $"invalid label key \"{key}\": prefix part {PrefixRule}";
    }

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainPattern();
}
