namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>A terminal resize sent by the client on the resize channel.</summary>
public readonly record struct TerminalSize(ushort Width, ushort Height);
