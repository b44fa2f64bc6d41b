using System.Security.Claims;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>The identity a valid bearer token maps to.</summary>
public sealed record AuthenticatedUser(string Name, IReadOnlyList<string> Groups)
{
    public const string AuthenticationType = "Bearer";

    /// <summary>
    /// A principal whose name is <see cref="Name"/> and whose roles are the groups plus
    /// <c>system:authenticated</c>, so authorization can use <c>User.IsInRole(group)</c>.
    /// </summary>
    public ClaimsPrincipal ToClaimsPrincipal()
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, Name) };
        foreach (var group in Groups.Append(KnownGroups.SystemAuthenticated).Distinct(StringComparer.Ordinal))
        {
            claims.Add(new Claim(ClaimTypes.Role, group));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public bool Equals(AuthenticatedUser? other) =>
        other is not null && Name == other.Name && Groups.SequenceEqual(other.Groups, StringComparer.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
