using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GrainOrchestrator.Host.Postgres;

/// <summary>The TCP port the embedded cluster used last time, kept in a one-line text file.</summary>
internal static class PortFile
{
    /// <summary>The stored port, or null when the file is missing or does not hold a valid port.</summary>
    internal static int? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return Parse(File.ReadAllText(path));
    }

    internal static int? Parse(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : null;

    internal static void Write(string path, int port) =>
        File.WriteAllText(path, port.ToString(CultureInfo.InvariantCulture) + "\n");

    /// <summary>The stored port when nobody listens on it, otherwise a fresh free one.</summary>
    internal static int Choose(int? stored, Func<int, bool> isFree, Func<int> pickFree) =>
        stored is { } port && isFree(port) ? port : pickFree();

    internal static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    internal static int PickFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
