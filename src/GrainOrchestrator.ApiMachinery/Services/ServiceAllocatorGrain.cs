using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.ApiMachinery.Hosting;
using Microsoft.Extensions.Options;

namespace GrainOrchestrator.ApiMachinery.Services;

/// <summary>
/// Allocates clusterIPs and node ports. The truth is the stored Services: what they hold is
/// taken; allocations handed out but not yet stored are remembered for a while so that two
/// concurrent creates never get the same address.
/// </summary>
public sealed class ServiceAllocatorGrain(IGrainFactory grains, TimeProvider time, IOptions<ApiMachineryOptions> options) : Grain, IServiceAllocatorGrain
{
    public const int NodePortMin = 30000;
    public const int NodePortMax = 32767;
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, DateTimeOffset> pendingIps = new(StringComparer.Ordinal);
    private readonly Dictionary<int, DateTimeOffset> pendingPorts = [];
    private readonly (uint Network, uint Size) range = ParseRange(options.Value.ServiceClusterIpRange);

    public async Task<ServiceAllocation> Allocate(string serviceJson)
    {
        var service = JsonNode.Parse(serviceJson)!.AsObject();
        var name = service["metadata"]?["name"]?.GetValue<string>() ?? string.Empty;
        var spec = service["spec"] as JsonObject ?? [];
        service["spec"] = spec;
        var type = spec["type"]?.GetValue<string>() ?? "ClusterIP";
        if (type == "ExternalName")
        {
            return new ServiceAllocation { Json = service.ToJsonString() };
        }

        var (usedIps, usedPorts) = await UsedAsync().ConfigureAwait(true);
        var requested = spec["clusterIP"]?.GetValue<string>();
        if (requested is null or "")
        {
            var ip = NextFreeIp(usedIps);
            if (ip is null)
            {
                return Invalid(name, "spec.clusterIP", "Internal error: failed to allocate a serviceIP: range is full");
            }

            requested = ip;
            pendingIps[ip] = time.GetUtcNow();
        }
        else if (requested != "None")
        {
            if (!IPAddress.TryParse(requested, out var address) || !InRange(address))
            {
                return Invalid(name, "spec.clusterIP", $"Invalid value: \"{requested}\": provided IP is not in the valid range. The range of valid IPs is {options.Value.ServiceClusterIpRange}");
            }

            if (usedIps.Contains(requested))
            {
                return Invalid(name, "spec.clusterIP", $"Invalid value: \"{requested}\": provided IP is already allocated");
            }

            pendingIps[requested] = time.GetUtcNow();
        }

        spec["clusterIP"] = requested;
        spec["clusterIPs"] = new JsonArray(requested);
        if (requested != "None")
        {
            spec["ipFamilies"] ??= new JsonArray("IPv4");
            spec["ipFamilyPolicy"] ??= "SingleStack";
        }

        if (type is "NodePort" or "LoadBalancer" && spec["ports"] is JsonArray ports)
        {
            for (var i = 0; i < ports.Count; i++)
            {
                if (ports[i] is not JsonObject port)
                {
                    continue;
                }

                if (port["nodePort"] is JsonValue given && given.TryGetValue<int>(out var nodePort) && nodePort != 0)
                {
                    if (usedPorts.Contains(nodePort))
                    {
                        return Invalid(name, $"spec.ports[{i}].nodePort", $"Invalid value: {nodePort}: provided port is already allocated");
                    }
                }
                else
                {
                    var free = NextFreePort(usedPorts);
                    if (free is null)
                    {
                        return Invalid(name, $"spec.ports[{i}].nodePort", "Internal error: failed to allocate a nodePort: range is full");
                    }

                    nodePort = free.Value;
                    port["nodePort"] = nodePort;
                }

                usedPorts.Add(nodePort);
                pendingPorts[nodePort] = time.GetUtcNow();
            }
        }

        return new ServiceAllocation { Json = service.ToJsonString() };
    }

    private async Task<(HashSet<string> Ips, HashSet<int> Ports)> UsedAsync()
    {
        var now = time.GetUtcNow();
        foreach (var stale in pendingIps.Where(p => now - p.Value > PendingLifetime).Select(p => p.Key).ToList())
        {
            pendingIps.Remove(stale);
        }

        foreach (var stale in pendingPorts.Where(p => now - p.Value > PendingLifetime).Select(p => p.Key).ToList())
        {
            pendingPorts.Remove(stale);
        }

        var ips = new HashSet<string>(pendingIps.Keys, StringComparer.Ordinal);
        var ports = new HashSet<int>(pendingPorts.Keys);
        var list = await grains.GetGrain<IResourceCollectionGrain>(ResourceKeys.Collection(string.Empty, "Service")).List(new ListRequest()).ConfigureAwait(true);
        foreach (var json in list.Items)
        {
            var spec = JsonNode.Parse(json)?["spec"];
            if (spec?["clusterIP"]?.GetValue<string>() is { Length: > 0 } ip)
            {
                ips.Add(ip);
            }

            foreach (var port in (spec?["ports"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (port["nodePort"] is JsonValue v && v.TryGetValue<int>(out var p))
                {
                    ports.Add(p);
                }
            }
        }

        return (ips, ports);
    }

    private string? NextFreeIp(HashSet<string> used)
    {
        // Offset 0 is the network, 1 is reserved (the apiserver's own Service); skip the broadcast.
        var usable = range.Size - 3;
        if (usable <= 0)
        {
            return null;
        }

        var start = (uint)Random.Shared.NextInt64(usable);
        for (uint i = 0; i < usable; i++)
        {
            var candidate = ToAddress(range.Network + 2 + ((start + i) % usable));
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int? NextFreePort(HashSet<int> used)
    {
        const int count = NodePortMax - NodePortMin + 1;
        var start = Random.Shared.Next(count);
        for (var i = 0; i < count; i++)
        {
            var candidate = NodePortMin + ((start + i) % count);
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private bool InRange(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var value = ToUInt(address);
        return value > range.Network && value < range.Network + range.Size - 1;
    }

    private static (uint Network, uint Size) ParseRange(string cidr)
    {
        var parts = cidr.Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address) || address.AddressFamily != AddressFamily.InterNetwork
            || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var prefix) || prefix is < 8 or > 30)
        {
            throw new OptionsValidationException(nameof(ApiMachineryOptions.ServiceClusterIpRange), typeof(ApiMachineryOptions), [$"'{cidr}' is not an IPv4 CIDR with a prefix between /8 and /30"]);
        }

        var size = 1u << (32 - prefix);
        return (ToUInt(address) & ~(size - 1), size);
    }

    private static uint ToUInt(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
    }

    private static string ToAddress(uint value) =>
        new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]).ToString();

    private static ServiceAllocation Invalid(string name, string field, string message) => new()
    {
        Error = ApiErrors.Invalid("Service", name, [new ApiErrorCause { Reason = "FieldValueInvalid", Field = field, Message = message }]),
    };
}
