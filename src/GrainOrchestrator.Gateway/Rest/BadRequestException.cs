using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>A request the gateway refuses before it reaches the application layer; rendered as its Status.</summary>
public sealed class BadRequestException : Exception
{
    public BadRequestException()
        : this("bad request")
    {
    }

    public BadRequestException(string message)
        : this(new ApiError { Code = 400, Reason = "BadRequest", Message = message })
    {
    }

    public BadRequestException(string message, Exception inner)
        : base(message, inner)
    {
        Error = new ApiError { Code = 400, Reason = "BadRequest", Message = message };
    }

    public BadRequestException(ApiError error)
        : base(error.Message)
    {
        Error = error;
    }

    public ApiError Error { get; }
}
