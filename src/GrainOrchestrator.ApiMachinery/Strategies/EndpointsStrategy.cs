using System.Net;
using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>core/v1 Endpoints: addresses are IPs, ports valid, protocol defaults to TCP.</summary>
public sealed class EndpointsStrategy : TypedStrategy<V1Endpoints>
{
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];

    protected override void Default(V1Endpoints obj)
    {
        foreach (var port in (obj.Subsets ?? []).SelectMany(s => s.Ports ?? []))
        {
            port.Protocol ??= "TCP";
        }
    }

    protected override IEnumerable<FieldError> Validate(V1Endpoints obj)
    {
        var errors = new List<FieldError>();
        var subsets = obj.Subsets ?? [];
        for (var i = 0; i < subsets.Count; i++)
        {
            var subsetPath = FieldPath.New("subsets").Index(i);
            var subset = subsets[i];
            if ((subset.Addresses?.Count ?? 0) + (subset.NotReadyAddresses?.Count ?? 0) == 0)
            {
                errors.Add(FieldErrors.Required(subsetPath, "must specify `addresses` or `notReadyAddresses`"));
            }

            ValidateAddresses(subset.Addresses, subsetPath.Child("addresses"), errors);
            ValidateAddresses(subset.NotReadyAddresses, subsetPath.Child("notReadyAddresses"), errors);
            var ports = subset.Ports ?? [];
            for (var j = 0; j < ports.Count; j++)
            {
                var portPath = subsetPath.Child("ports").Index(j);
                var port = ports[j];
                if (ports.Count > 1 && string.IsNullOrEmpty(port.Name))
                {
                    errors.Add(FieldErrors.Required(portPath.Child("name")));
                }

                errors.AddRange(NameRules.IsValidPortNum(port.Port).Select(m => FieldErrors.Invalid(portPath.Child("port"), port.Port, m)));
                if (!Protocols.Contains(port.Protocol))
                {
                    errors.Add(FieldErrors.NotSupported(portPath.Child("protocol"), port.Protocol, Protocols));
                }
            }
        }

        return errors;
    }

    private static void ValidateAddresses(IList<V1EndpointAddress>? addresses, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (addresses?.Count ?? 0); i++)
        {
            var ip = addresses![i].Ip ?? string.Empty;
            if (!IPAddress.TryParse(ip, out _))
            {
                errors.Add(FieldErrors.Invalid(path.Index(i).Child("ip"), ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
            }
        }
    }
}
