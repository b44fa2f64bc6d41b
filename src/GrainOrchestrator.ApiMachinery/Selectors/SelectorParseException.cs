namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>A label or field selector that is not valid; the message is fit for a 400 Bad Request answer.</summary>
public sealed class SelectorParseException : FormatException
{
    public SelectorParseException()
    {
    }

    public SelectorParseException(string message)
        : base(message)
    {
    }

    public SelectorParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
