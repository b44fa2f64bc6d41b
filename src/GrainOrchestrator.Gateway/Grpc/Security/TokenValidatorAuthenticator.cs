using GrainOrchestrator.Gateway.Security;

namespace GrainOrchestrator.Gateway.Grpc.Security;

/// <summary>gRPC calls authenticate against the same bearer tokens as the REST API.</summary>
public sealed class TokenValidatorAuthenticator(TokenValidator validator) : ITokenAuthenticator
{
    public bool TryAuthenticate(string token, out string user)
    {
        var ok = validator.TryAuthenticate(token, out var name);
        user = name ?? string.Empty;
        return ok;
    }
}
