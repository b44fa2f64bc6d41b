using Xunit;
using GrainOrchestrator.IntegrationTests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresFixture))]
