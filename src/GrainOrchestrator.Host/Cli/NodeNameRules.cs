using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace GrainOrchestrator.Host.Cli;

/// <summary>A node name is a Node object's name: a DNS-1123 subdomain.</summary>
public static partial class NodeNameRules
{
    public static bool IsValid(string? name, [NotNullWhen(false)] out string? reason)
    {
        if (string.IsNullOrEmpty(name))
        {
            reason = "it must not be empty";
            return false;
        }

        if (name.Length > 253)
        {
            reason = "it must be no more than 253 characters";
            return false;
        }

        if (!Subdomain().IsMatch(name))
        {
            reason = "it must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
            return false;
        }

        reason = null;
        return true;
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();
}
