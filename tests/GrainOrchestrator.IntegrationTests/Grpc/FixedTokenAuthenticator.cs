using GrainOrchestrator.Gateway.Grpc.Security;

namespace GrainOrchestrator.IntegrationTests.Grpc;

/// <summary>Accepts exactly one token (the gateway's real validator is wired by the host).</summary>
internal sealed class FixedTokenAuthenticator(string token, string user) : ITokenAuthenticator
{
    public bool TryAuthenticate(string token1, out string user1)
    {
        user1 = token1 == token ? user : string.Empty;
        return token1 == token;
    }
}
