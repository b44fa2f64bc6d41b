namespace GrainOrchestrator.Client.Model;

/// <summary>The deleted object; <see cref="Finished"/> is false while a grace period or finalizers hold it.</summary>
public sealed record DeleteResult(StoredObject Object, bool Finished);
