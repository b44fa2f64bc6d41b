using GrainOrchestrator.Bench.Gateway.Configuration;

namespace GrainOrchestrator.Bench.Gateway.Transports;

/// <summary>One way of reaching the application layer: in process, REST over HTTPS, or gRPC.</summary>
public interface IBenchTransport : IDisposable
{
    string Name { get; }

    bool Supports(BenchOperation operation);

    /// <summary>Runs one request and reads the whole answer; null when it succeeded, otherwise what went wrong.</summary>
    Task<string?> RunAsync(BenchOperation operation, BenchRequest request);
}
