using System.Collections.Frozen;
using GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

namespace GrainOrchestrator.Gateway.Protobuf.Schema;

/// <summary>
/// Message types by name plus the root message of each (apiVersion, kind). Construction checks
/// that every referenced message type exists, so a gap in the tables fails at startup, not on a request.
/// </summary>
internal sealed class ProtobufSchema
{
    private readonly FrozenDictionary<string, ProtobufMessage> _messages;
    private readonly FrozenDictionary<(string ApiVersion, string Kind), ProtobufMessage> _kinds;

    public ProtobufSchema(
        IEnumerable<ProtobufMessage> messages,
        IEnumerable<(string ApiVersion, string Kind, string MessageType)> kinds)
    {
        _messages = messages.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (var message in _messages.Values)
        {
            foreach (var field in message.Fields)
            {
                if (field.Kind == ProtobufValueKind.Message && (field.MessageType is null || !_messages.ContainsKey(field.MessageType)))
                {
                    throw new InvalidOperationException($"Field {message.Name}.{field.JsonName} refers to unknown message type '{field.MessageType}'.");
                }
            }
        }

        _kinds = kinds.ToFrozenDictionary(k => (k.ApiVersion, k.Kind), k => Get(k.MessageType));
    }

    /// <summary>The Kubernetes kinds of <see cref="ProtobufKinds"/> over the generated tables.</summary>
    public static ProtobufSchema Kubernetes { get; } = new(
        [
            .. MetaV1Messages.All(), .. CoreV1Messages.All(), .. AppsV1Messages.All(), .. BatchV1Messages.All(),
            .. RbacV1Messages.All(), .. NetworkingV1Messages.All(), .. PolicyV1Messages.All(),
            .. AuthorizationV1Messages.All(), .. AuthenticationV1Messages.All(), .. SchedulingV1Messages.All(),
            .. AutoscalingV1Messages.All(), .. AutoscalingV2Messages.All(), .. CoordinationV1Messages.All(),
        ],
        ProtobufKinds.All());

    public IEnumerable<(string ApiVersion, string Kind)> Kinds => _kinds.Keys;

    public ProtobufMessage Get(string name) =>
        _messages.TryGetValue(name, out var message)
            ? message
            : throw new InvalidOperationException($"Unknown protobuf message type '{name}'.");

    public bool TryGetKind(string apiVersion, string kind, out ProtobufMessage message) =>
        _kinds.TryGetValue((apiVersion, kind), out message!);
}
