using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;

namespace GrainOrchestrator.Gateway.PodStreams;

internal static class ApiErrorsForStreams
{
    public static ApiError Unavailable(PodStreamUnavailableException exception) => ApiErrors.BadRequest(exception.Message);
}
