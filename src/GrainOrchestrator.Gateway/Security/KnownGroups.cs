namespace GrainOrchestrator.Gateway.Security;

/// <summary>Kubernetes group names the gateway assigns.</summary>
public static class KnownGroups
{
    /// <summary>Unrestricted access (as in Kubernetes RBAC's built-in binding).</summary>
    public const string SystemMasters = "system:masters";

    /// <summary>Every user who presented a valid credential.</summary>
    public const string SystemAuthenticated = "system:authenticated";
}
