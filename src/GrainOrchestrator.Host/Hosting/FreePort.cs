using System.Net;
using System.Net.Sockets;

namespace GrainOrchestrator.Host.Hosting;

/// <summary>Asks the OS for a free TCP port (used when an option says 0).</summary>
public static class FreePort
{
    public static int Pick(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static int Resolve(int requested, IPAddress address) => requested == 0 ? Pick(address) : requested;
}
