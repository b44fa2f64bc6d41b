using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>Upstream ValidatePodSpec essentials, shared by Pod and every pod template.</summary>
internal static class PodSpecValidation
{
    private static readonly string[] RestartPolicies = ["Always", "OnFailure", "Never"];
    private static readonly string[] DnsPolicies = ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];
    private static readonly string[] PullPolicies = ["Always", "IfNotPresent", "Never"];
    private static readonly string[] MessagePolicies = ["File", "FallbackToLogsOnError"];
    private static readonly string[] TolerationOperators = ["Equal", "Exists"];
    private static readonly string[] TaintEffects = ["NoExecute", "NoSchedule", "PreferNoSchedule"];

    public static List<FieldError> Validate(V1PodSpec? spec, FieldPath path)
    {
        var errors = new List<FieldError>();
        if (spec is null)
        {
            errors.Add(FieldErrors.Required(path));
            return errors;
        }

        var volumeNames = ValidateVolumes(spec.Volumes, path.Child("volumes"), errors);
        var containerNames = new HashSet<string>(StringComparer.Ordinal);
        var containers = spec.Containers ?? [];
        if (containers.Count == 0)
        {
            errors.Add(FieldErrors.Required(path.Child("containers")));
        }

        ValidateContainers(containers, path.Child("containers"), containerNames, volumeNames, errors);
        ValidateContainers(spec.InitContainers ?? [], path.Child("initContainers"), containerNames, volumeNames, errors);

        if (string.IsNullOrEmpty(spec.RestartPolicy))
        {
            errors.Add(FieldErrors.Required(path.Child("restartPolicy")));
        }
        else if (!RestartPolicies.Contains(spec.RestartPolicy))
        {
            errors.Add(FieldErrors.NotSupported(path.Child("restartPolicy"), spec.RestartPolicy, RestartPolicies));
        }

        if (!string.IsNullOrEmpty(spec.DnsPolicy) && !DnsPolicies.Contains(spec.DnsPolicy))
        {
            errors.Add(FieldErrors.NotSupported(path.Child("dnsPolicy"), spec.DnsPolicy, DnsPolicies));
        }

        if (spec.TerminationGracePeriodSeconds is < 0)
        {
            errors.Add(FieldErrors.Invalid(path.Child("terminationGracePeriodSeconds"), spec.TerminationGracePeriodSeconds.Value, "must be greater than or equal to 0"));
        }

        if (spec.ActiveDeadlineSeconds is { } deadline && (deadline < 1 || deadline > int.MaxValue))
        {
            errors.Add(FieldErrors.Invalid(path.Child("activeDeadlineSeconds"), deadline, "must be between 1 and 2147483647, inclusive"));
        }

        errors.AddRange(MetadataValidation.ValidateLabels(spec.NodeSelector, path.Child("nodeSelector")));
        if (!string.IsNullOrEmpty(spec.NodeName))
        {
            errors.AddRange(NameRules.IsDns1123Subdomain(spec.NodeName).Select(m => FieldErrors.Invalid(path.Child("nodeName"), spec.NodeName, m)));
        }

        ValidateTolerations(spec.Tolerations, path.Child("tolerations"), errors);
        ValidateSchedulingGates(spec.SchedulingGates, path.Child("schedulingGates"), errors);
        return errors;
    }

    private static HashSet<string> ValidateVolumes(IList<V1Volume>? volumes, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (volumes?.Count ?? 0); i++)
        {
            var volume = volumes![i];
            var volumePath = path.Index(i);
            var name = volume.Name ?? string.Empty;
            if (name.Length == 0)
            {
                errors.Add(FieldErrors.Required(volumePath.Child("name")));
            }
            else
            {
                errors.AddRange(NameRules.IsDns1123Label(name).Select(m => FieldErrors.Invalid(volumePath.Child("name"), name, m)));
            }

            if (name.Length != 0 && !names.Add(name))
            {
                errors.Add(FieldErrors.Duplicate(volumePath.Child("name"), name));
            }

            var sources = PodSpecDefaults.SourceCount(volume);
            if (sources == 0)
            {
                errors.Add(FieldErrors.Required(volumePath, "must specify a volume type"));
            }
            else if (sources > 1)
            {
                errors.Add(FieldErrors.Forbidden(volumePath, "may not specify more than 1 volume type"));
            }
        }

        return names;
    }

    private static void ValidateContainers(IList<V1Container> containers, FieldPath path, HashSet<string> names, HashSet<string> volumes, List<FieldError> errors)
    {
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            var containerPath = path.Index(i);
            var name = container.Name ?? string.Empty;
            if (name.Length == 0)
            {
                errors.Add(FieldErrors.Required(containerPath.Child("name")));
            }
            else
            {
                errors.AddRange(NameRules.IsDns1123Label(name).Select(m => FieldErrors.Invalid(containerPath.Child("name"), name, m)));
                if (!names.Add(name))
                {
                    errors.Add(FieldErrors.Duplicate(containerPath.Child("name"), name));
                }
            }

            var image = container.Image ?? string.Empty;
            if (image.Length == 0)
            {
                errors.Add(FieldErrors.Required(containerPath.Child("image")));
            }
            else if (image.Trim().Length != image.Length)
            {
                errors.Add(FieldErrors.Invalid(containerPath.Child("image"), image, "must not have leading or trailing whitespace"));
            }

            if (!string.IsNullOrEmpty(container.ImagePullPolicy) && !PullPolicies.Contains(container.ImagePullPolicy))
            {
                errors.Add(FieldErrors.NotSupported(containerPath.Child("imagePullPolicy"), container.ImagePullPolicy, PullPolicies));
            }

            if (!string.IsNullOrEmpty(container.TerminationMessagePolicy) && !MessagePolicies.Contains(container.TerminationMessagePolicy))
            {
                errors.Add(FieldErrors.NotSupported(containerPath.Child("terminationMessagePolicy"), container.TerminationMessagePolicy, MessagePolicies));
            }

            ValidatePorts(container.Ports, containerPath.Child("ports"), errors);
            ValidateEnv(container.Env, containerPath.Child("env"), errors);
            ValidateMounts(container.VolumeMounts, containerPath.Child("volumeMounts"), volumes, errors);
            ValidateProbe(container.LivenessProbe, containerPath.Child("livenessProbe"), mustSucceedOnce: true, errors);
            ValidateProbe(container.StartupProbe, containerPath.Child("startupProbe"), mustSucceedOnce: true, errors);
            ValidateProbe(container.ReadinessProbe, containerPath.Child("readinessProbe"), mustSucceedOnce: false, errors);
        }
    }

    private static void ValidatePorts(IList<V1ContainerPort>? ports, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            var port = ports![i];
            var portPath = path.Index(i);
            if (!string.IsNullOrEmpty(port.Name))
            {
                errors.AddRange(NameRules.IsValidPortName(port.Name).Select(m => FieldErrors.Invalid(portPath.Child("name"), port.Name, m)));
                if (!names.Add(port.Name))
                {
                    errors.Add(FieldErrors.Duplicate(portPath.Child("name"), port.Name));
                }
            }

            if (port.ContainerPort == 0)
            {
                errors.Add(FieldErrors.Required(portPath.Child("containerPort")));
            }
            else
            {
                errors.AddRange(NameRules.IsValidPortNum(port.ContainerPort).Select(m => FieldErrors.Invalid(portPath.Child("containerPort"), port.ContainerPort, m)));
            }

            if (port.HostPort is { } hostPort and not 0)
            {
                errors.AddRange(NameRules.IsValidPortNum(hostPort).Select(m => FieldErrors.Invalid(portPath.Child("hostPort"), hostPort, m)));
            }

            if (string.IsNullOrEmpty(port.Protocol))
            {
                errors.Add(FieldErrors.Required(portPath.Child("protocol")));
            }
            else if (!Protocols.Contains(port.Protocol))
            {
                errors.Add(FieldErrors.NotSupported(portPath.Child("protocol"), port.Protocol, Protocols));
            }
        }
    }

    private static void ValidateEnv(IList<V1EnvVar>? env, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (env?.Count ?? 0); i++)
        {
            var name = env![i].Name ?? string.Empty;
            var namePath = path.Index(i).Child("name");
            if (name.Length == 0)
            {
                errors.Add(FieldErrors.Required(namePath));
            }
            else
            {
                errors.AddRange(NameRules.IsEnvVarName(name).Select(m => FieldErrors.Invalid(namePath, name, m)));
            }
        }
    }

    private static void ValidateMounts(IList<V1VolumeMount>? mounts, FieldPath path, HashSet<string> volumes, List<FieldError> errors)
    {
        var mountPoints = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (mounts?.Count ?? 0); i++)
        {
            var mount = mounts![i];
            var mountPath = path.Index(i);
            if (string.IsNullOrEmpty(mount.Name))
            {
                errors.Add(FieldErrors.Required(mountPath.Child("name")));
            }
            else if (!volumes.Contains(mount.Name))
            {
                errors.Add(FieldErrors.NotFound(mountPath.Child("name"), mount.Name));
            }

            if (string.IsNullOrEmpty(mount.MountPath))
            {
                errors.Add(FieldErrors.Required(mountPath.Child("mountPath")));
            }
            else if (!mountPoints.Add(mount.MountPath))
            {
                errors.Add(FieldErrors.Invalid(mountPath.Child("mountPath"), mount.MountPath, "must be unique"));
            }
        }
    }

    private static void ValidateProbe(V1Probe? probe, FieldPath path, bool mustSucceedOnce, List<FieldError> errors)
    {
        if (probe is null)
        {
            return;
        }

        foreach (var (name, value) in new (string, int?)[]
                 {
                     ("initialDelaySeconds", probe.InitialDelaySeconds), ("timeoutSeconds", probe.TimeoutSeconds),
                     ("periodSeconds", probe.PeriodSeconds), ("successThreshold", probe.SuccessThreshold),
                     ("failureThreshold", probe.FailureThreshold),
                 })
        {
            if (value is < 0)
            {
                errors.Add(FieldErrors.Invalid(path.Child(name), value.Value, "must be greater than or equal to 0"));
            }
        }

        if (mustSucceedOnce && probe.SuccessThreshold is { } threshold and not 1)
        {
            errors.Add(FieldErrors.Invalid(path.Child("successThreshold"), threshold, "must be 1"));
        }

        var handlers = new object?[] { probe.Exec, probe.HttpGet, probe.TcpSocket, probe.Grpc }.Count(h => h is not null);
        if (handlers == 0)
        {
            errors.Add(FieldErrors.Required(path, "must specify a handler type"));
        }
        else if (handlers > 1)
        {
            errors.Add(FieldErrors.Forbidden(path, "may not specify more than 1 handler type"));
        }
    }

    private static void ValidateTolerations(IList<V1Toleration>? tolerations, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (tolerations?.Count ?? 0); i++)
        {
            var toleration = tolerations![i];
            var tolerationPath = path.Index(i);
            if (!string.IsNullOrEmpty(toleration.Key))
            {
                errors.AddRange(NameRules.IsQualifiedName(toleration.Key).Select(m => FieldErrors.Invalid(tolerationPath.Child("key"), toleration.Key, m)));
            }

            var op = toleration.OperatorProperty ?? string.Empty;
            if (op.Length != 0 && !TolerationOperators.Contains(op))
            {
                errors.Add(FieldErrors.NotSupported(tolerationPath.Child("operator"), op, TolerationOperators));
            }

            if (op == "Exists" && !string.IsNullOrEmpty(toleration.Value))
            {
                errors.Add(FieldErrors.Invalid(tolerationPath.Child("operator"), toleration.Value, "value must be empty when `operator` is 'Exists'"));
            }

            if (string.IsNullOrEmpty(toleration.Key) && op != "Exists")
            {
                errors.Add(FieldErrors.Invalid(tolerationPath.Child("operator"), op, "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            }

            if (!string.IsNullOrEmpty(toleration.Effect) && !TaintEffects.Contains(toleration.Effect))
            {
                errors.Add(FieldErrors.NotSupported(tolerationPath.Child("effect"), toleration.Effect, TaintEffects));
            }
        }
    }

    private static void ValidateSchedulingGates(IList<V1PodSchedulingGate>? gates, FieldPath path, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (gates?.Count ?? 0); i++)
        {
            var name = gates![i].Name ?? string.Empty;
            errors.AddRange(NameRules.IsQualifiedName(name).Select(m => FieldErrors.Invalid(path.Index(i), name, m)));
            if (!seen.Add(name))
            {
                errors.Add(FieldErrors.Duplicate(path.Index(i), name));
            }
        }
    }
}
