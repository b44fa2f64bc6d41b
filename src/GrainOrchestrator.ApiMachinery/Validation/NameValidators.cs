namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>The per-kind name rules (upstream's <c>NameIsDNSSubdomain</c> and friends).</summary>
public static class NameValidators
{
    /// <summary>Most kinds: a DNS-1123 subdomain, at most 253 characters.</summary>
    public static readonly NameValidator DnsSubdomain = (name, prefix) => NameRules.IsDns1123Subdomain(Mask(name, prefix));

    /// <summary>Namespaces: a DNS-1123 label, at most 63 characters.</summary>
    public static readonly NameValidator DnsLabel = (name, prefix) => NameRules.IsDns1123Label(Mask(name, prefix));

    /// <summary>Services: a DNS-1035 label (starts with a letter).</summary>
    public static readonly NameValidator Dns1035Label = (name, prefix) => NameRules.IsDns1035Label(Mask(name, prefix));

    /// <summary>RBAC kinds: anything usable as a URL path segment.</summary>
    public static readonly NameValidator PathSegment = (name, prefix) =>
        prefix ? NameRules.IsValidPathSegmentPrefix(name) : NameRules.IsValidPathSegmentName(name);

    /// <summary>
    /// A generateName prefix may end in '-' (a random suffix follows), so upstream replaces a
    /// trailing dash with a letter before applying the name rule.
    /// </summary>
    public static string MaskTrailingDash(string name) =>
        name.Length > 1 && name[^1] == '-' ? name[..^1] + "a" : name;

    private static string Mask(string name, bool prefix) => prefix ? MaskTrailingDash(name) : name;
}
