using System.Globalization;
using System.Net;
using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// core/v1 Service. Cluster IP and node port allocation are not done here; on update, allocated
/// values missing from the new object are carried over from the old one (as the apiserver does,
/// so that apply/replace without them keeps them).
/// </summary>
public sealed class ServiceStrategy : TypedStrategy<V1Service>
{
    public const int NodePortMin = 30000;
    public const int NodePortMax = 32767;

    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] Types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    private static readonly string[] Affinities = ["ClientIP", "None"];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];
    private static readonly string[] TrafficPolicies = ["Cluster", "Local"];

    protected override NameValidator NameValidator => NameValidators.Dns1035Label;

    protected override void Default(V1Service obj)
    {
        var spec = obj.Spec ??= new V1ServiceSpec();
        spec.SessionAffinity ??= "None";
        spec.Type ??= "ClusterIP";
        if (spec.SessionAffinity == "ClientIP")
        {
            spec.SessionAffinityConfig ??= new V1SessionAffinityConfig();
            spec.SessionAffinityConfig.ClientIP ??= new V1ClientIPConfig();
            spec.SessionAffinityConfig.ClientIP.TimeoutSeconds ??= 10800;
        }

        foreach (var port in spec.Ports ?? [])
        {
            port.Protocol ??= "TCP";
            if (port.TargetPort is null || port.TargetPort.Value is null or "" or "0")
            {
                port.TargetPort = port.Port;
            }
        }

        if (spec.Type is "NodePort" or "LoadBalancer")
        {
            spec.ExternalTrafficPolicy ??= "Cluster";
        }

        if (spec.Type != "ExternalName")
        {
            spec.InternalTrafficPolicy ??= "Cluster";
        }

        if (spec.Type == "LoadBalancer")
        {
            spec.AllocateLoadBalancerNodePorts ??= true;
        }
    }

    protected override void OnUpdate(V1Service obj, V1Service old)
    {
        var spec = obj.Spec;
        var oldSpec = old.Spec;
        if (spec is null || oldSpec is null || spec.Type == "ExternalName" || oldSpec.Type == "ExternalName")
        {
            return;
        }

        if (string.IsNullOrEmpty(spec.ClusterIP))
        {
            spec.ClusterIP = oldSpec.ClusterIP;
            spec.ClusterIPs ??= oldSpec.ClusterIPs;
            spec.IpFamilies ??= oldSpec.IpFamilies;
            spec.IpFamilyPolicy ??= oldSpec.IpFamilyPolicy;
        }

        if (spec.Type is "NodePort" or "LoadBalancer")
        {
            foreach (var port in spec.Ports ?? [])
            {
                if (port.NodePort is null or 0)
                {
                    var match = (oldSpec.Ports ?? []).FirstOrDefault(p => p.Port == port.Port && (p.Protocol ?? "TCP") == (port.Protocol ?? "TCP"));
                    port.NodePort = match?.NodePort;
                }
            }
        }
    }

    protected override IEnumerable<FieldError> Validate(V1Service obj)
    {
        var spec = obj.Spec ?? new V1ServiceSpec();
        var errors = new List<FieldError>();
        if (!Types.Contains(spec.Type))
        {
            errors.Add(FieldErrors.NotSupported(SpecPath.Child("type"), spec.Type, Types));
        }

        var headless = spec.ClusterIP == "None";
        if (spec.Type == "ExternalName")
        {
            var externalName = (spec.ExternalName ?? string.Empty).TrimEnd('.');
            if (externalName.Length == 0)
            {
                errors.Add(FieldErrors.Required(SpecPath.Child("externalName")));
            }
            else
            {
                errors.AddRange(NameRules.IsDns1123Subdomain(externalName).Select(m => FieldErrors.Invalid(SpecPath.Child("externalName"), spec.ExternalName, m)));
            }
        }
        else if ((spec.Ports?.Count ?? 0) == 0 && !headless)
        {
            errors.Add(FieldErrors.Required(SpecPath.Child("ports")));
        }

        if (!string.IsNullOrEmpty(spec.ClusterIP) && !headless && !IPAddress.TryParse(spec.ClusterIP, out _))
        {
            errors.Add(FieldErrors.Invalid(SpecPath.Child("clusterIP"), spec.ClusterIP, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
        }

        ValidatePorts(spec, errors);
        if (!Affinities.Contains(spec.SessionAffinity))
        {
            errors.Add(FieldErrors.NotSupported(SpecPath.Child("sessionAffinity"), spec.SessionAffinity, Affinities));
        }

        if (spec.SessionAffinityConfig?.ClientIP?.TimeoutSeconds is { } timeout && timeout is <= 0 or > 86400)
        {
            errors.Add(FieldErrors.Invalid(SpecPath.Child("sessionAffinityConfig", "clientIP", "timeoutSeconds"), timeout, "must be greater than 0 and less than 86400"));
        }

        if (spec.ExternalTrafficPolicy is { } external && !TrafficPolicies.Contains(external))
        {
            errors.Add(FieldErrors.NotSupported(SpecPath.Child("externalTrafficPolicy"), external, TrafficPolicies));
        }

        if (spec.InternalTrafficPolicy is { } internalPolicy && !TrafficPolicies.Contains(internalPolicy))
        {
            errors.Add(FieldErrors.NotSupported(SpecPath.Child("internalTrafficPolicy"), internalPolicy, TrafficPolicies));
        }

        errors.AddRange(MetadataValidation.ValidateLabels(spec.Selector, SpecPath.Child("selector")));
        return errors;
    }

    protected override IEnumerable<FieldError> ValidateUpdate(V1Service obj, V1Service old)
    {
        // Changing from or to ExternalName releases/allocates the cluster IP; otherwise it is fixed once set.
        if (obj.Spec?.Type == "ExternalName" || old.Spec?.Type == "ExternalName" || string.IsNullOrEmpty(old.Spec?.ClusterIP))
        {
            return [];
        }

        return FieldErrors.Immutable(obj.Spec?.ClusterIP, old.Spec?.ClusterIP, SpecPath.Child("clusterIP"));
    }

    private static void ValidatePorts(V1ServiceSpec spec, List<FieldError> errors)
    {
        var ports = spec.Ports ?? [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var nodePorts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            var portPath = SpecPath.Child("ports").Index(i);
            var name = port.Name ?? string.Empty;
            if (ports.Count > 1 && name.Length == 0)
            {
                errors.Add(FieldErrors.Required(portPath.Child("name")));
            }
            else if (name.Length != 0)
            {
                errors.AddRange(NameRules.IsDns1123Label(name).Select(m => FieldErrors.Invalid(portPath.Child("name"), name, m)));
                if (!names.Add(name))
                {
                    errors.Add(FieldErrors.Duplicate(portPath.Child("name"), name));
                }
            }

            errors.AddRange(NameRules.IsValidPortNum(port.Port).Select(m => FieldErrors.Invalid(portPath.Child("port"), port.Port, m)));
            if (string.IsNullOrEmpty(port.Protocol))
            {
                errors.Add(FieldErrors.Required(portPath.Child("protocol")));
            }
            else if (!Protocols.Contains(port.Protocol))
            {
                errors.Add(FieldErrors.NotSupported(portPath.Child("protocol"), port.Protocol, Protocols));
            }

            ValidateTargetPort(port.TargetPort, portPath.Child("targetPort"), errors);
            ValidateNodePort(spec.Type, port, portPath, nodePorts, errors);
            var key = port.Port.ToString(CultureInfo.InvariantCulture) + "/" + port.Protocol;
            if (!keys.Add(key))
            {
                errors.Add(FieldErrors.InvalidStructure(portPath, $"{{Protocol:{port.Protocol} Port:{port.Port.ToString(CultureInfo.InvariantCulture)}}}", string.Empty) with { Type = FieldErrorType.Duplicate });
            }
        }
    }

    private static void ValidateTargetPort(IntOrString? target, FieldPath path, List<FieldError> errors)
    {
        var text = target?.Value;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            errors.AddRange(NameRules.IsValidPortNum(number).Select(m => FieldErrors.Invalid(path, number, m)));
        }
        else
        {
            errors.AddRange(NameRules.IsValidPortName(text).Select(m => FieldErrors.Invalid(path, text, m)));
        }
    }

    private static void ValidateNodePort(string? type, V1ServicePort port, FieldPath portPath, HashSet<string> seen, List<FieldError> errors)
    {
        if (port.NodePort is not { } nodePort || nodePort == 0)
        {
            return;
        }

        var path = portPath.Child("nodePort");
        if (type is "ClusterIP" or "ExternalName")
        {
            errors.Add(FieldErrors.Forbidden(path, $"may not be used when `type` is '{type}'"));
            return;
        }

        if (nodePort is < NodePortMin or > NodePortMax)
        {
            errors.Add(FieldErrors.Invalid(path, nodePort, $"provided port is not in the valid range. The range of valid ports is {NodePortMin}-{NodePortMax}"));
        }

        if (!seen.Add(nodePort.ToString(CultureInfo.InvariantCulture) + "/" + port.Protocol))
        {
            errors.Add(FieldErrors.Duplicate(path, nodePort.ToString(CultureInfo.InvariantCulture)) with { BadValueIsLiteral = true });
        }
    }
}
