using Orleans;
using Orleans.Runtime;

namespace GrainOrchestrator.IntegrationTests.Postgres.Grains;

/// <summary>Registers a reminder and counts how often it fired in this activation.</summary>
public sealed class TickGrain : Grain, ITickGrain, IRemindable
{
    public const string ReminderName = "tick";

    private int _fired;

    public Task RegisterAsync(TimeSpan dueTime, TimeSpan period) =>
        this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public Task<int> FiredAsync() => Task.FromResult(_fired);

    public async Task UnregisterAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _fired++;
        return Task.CompletedTask;
    }
}
