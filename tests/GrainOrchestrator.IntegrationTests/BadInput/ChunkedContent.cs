using System.Net;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>A body whose length is not announced, so HTTP/1.1 sends it chunked.</summary>
internal sealed class ChunkedContent(byte[] bytes) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        const int chunk = 64 * 1024;
        for (var offset = 0; offset < bytes.Length; offset += chunk)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(chunk, bytes.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
