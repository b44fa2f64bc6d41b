namespace GrainOrchestrator.Gateway.Security;

/// <summary>One line of the token hash file: a SHA-256 hash and the user it authenticates.</summary>
internal sealed record TokenEntry(byte[] Hash, AuthenticatedUser User)
{
    public bool Equals(TokenEntry? other) =>
        other is not null && Hash.AsSpan().SequenceEqual(other.Hash) && User.Equals(other.User);

    public override int GetHashCode() => User.GetHashCode();
}
