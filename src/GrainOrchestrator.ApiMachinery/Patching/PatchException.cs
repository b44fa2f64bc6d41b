namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>A patch that cannot be applied: malformed, or not applicable to the target.
/// The gateway maps it to a 422/400 Status; the message is shown to the user as is.</summary>
public sealed class PatchException : Exception
{
    public PatchException()
    {
    }

    public PatchException(string message)
        : base(message)
    {
    }

    public PatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
