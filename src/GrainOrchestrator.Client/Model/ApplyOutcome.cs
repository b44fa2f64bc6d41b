namespace GrainOrchestrator.Client.Model;

/// <summary>One applied document: the object as stored, and whether the apply created it.</summary>
public sealed record ApplyOutcome(StoredObject Object, bool Created);
