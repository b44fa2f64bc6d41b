namespace GrainOrchestrator.Gateway.Grpc.Security;

/// <summary>Checks a bearer token; the gateway's token validator implements (or is adapted to) this.</summary>
public interface ITokenAuthenticator
{
    bool TryAuthenticate(string token, out string user);
}
