using GrainOrchestrator.ApiMachinery.Strategies;
using Shouldly;
using Xunit;
using static GrainOrchestrator.UnitTests.Strategies.StrategyKit;

namespace GrainOrchestrator.UnitTests.Strategies;

public sealed class BatchStrategyTests
{
    private const string Job = """
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi","namespace":"default","uid":"u-1"},
         "spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"pi","image":"perl:5"}]}}}}
        """;

    private const string CronJob = """
        {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"nightly","namespace":"default"},
         "spec":{"schedule":"*/5 * * * *","jobTemplate":{"spec":{"template":{"spec":{"restartPolicy":"OnFailure","containers":[{"name":"c","image":"busybox"}]}}}}}}
        """;

    private static readonly IResourceStrategy JobStrategy = ResourceStrategies.For("batch", "Job");
    private static readonly IResourceStrategy CronJobStrategy = ResourceStrategies.For("batch", "CronJob");

    [Fact]
    public void Job_defaults_and_generated_selector()
    {
        var obj = Parse(Job);
        Create(JobStrategy, obj).ShouldBeEmpty();
        At(obj, "spec.backoffLimit").ShouldBe("6");
        At(obj, "spec.completions").ShouldBe("1");
        At(obj, "spec.parallelism").ShouldBe("1");
        At(obj, "spec.completionMode").ShouldBe("\"NonIndexed\"");
        At(obj, "spec.suspend").ShouldBe("false");
        At(obj, "spec.selector").ShouldBe("""{"matchLabels":{"batch.kubernetes.io/controller-uid":"u-1"}}""");
        At(obj, "spec.template.metadata.labels").ShouldBe(
            """{"job-name":"pi","batch.kubernetes.io/job-name":"pi","controller-uid":"u-1","batch.kubernetes.io/controller-uid":"u-1"}""");
    }

    [Fact]
    public void Job_parallelism_alone_leaves_completions_unset()
    {
        var obj = Patch(Job, """{"spec":{"parallelism":3}}""");
        JobStrategy.PrepareForCreate(obj);
        At(obj, "spec.completions").ShouldBeNull();
        At(obj, "spec.parallelism").ShouldBe("3");
    }

    [Fact]
    public void Job_without_uid_leaves_selector_to_caller()
    {
        var obj = Patch(Job, """{"metadata":{"uid":null}}""");
        Create(JobStrategy, obj).ShouldBeEmpty();
        At(obj, "spec.selector").ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"spec":{"template":{"spec":{"restartPolicy":"Always"}}}}""", "spec.template.spec.restartPolicy FieldValueNotSupported")]
    [InlineData("""{"spec":{"template":{"spec":{"restartPolicy":null}}}}""", "spec.template.spec.restartPolicy FieldValueNotSupported")]
    [InlineData("""{"spec":{"backoffLimit":-1}}""", "spec.backoffLimit FieldValueInvalid")]
    [InlineData("""{"spec":{"completionMode":"Random"}}""", "spec.completionMode FieldValueNotSupported")]
    [InlineData("""{"spec":{"completionMode":"Indexed","parallelism":2}}""", "spec.completions FieldValueRequired")]
    [InlineData("""{"spec":{"manualSelector":true}}""", "spec.selector FieldValueRequired")]
    public void Invalid_job(string patch, string expected) =>
        Describe(Create(JobStrategy, Patch(Job, patch))).ShouldBe([expected]);

    [Fact]
    public void Job_template_and_selector_are_immutable()
    {
        var old = Parse(Job);
        JobStrategy.PrepareForCreate(old);
        var updated = old.DeepClone().AsObject();
        updated["spec"]!["template"]!["spec"]!["containers"]![0]!["image"] = "perl:6";
        Describe(Update(JobStrategy, old, updated)).ShouldBe(["spec.template FieldValueInvalid"]);
    }

    [Fact]
    public void CronJob_defaults()
    {
        var obj = Parse(CronJob);
        Create(CronJobStrategy, obj).ShouldBeEmpty();
        At(obj, "spec.concurrencyPolicy").ShouldBe("\"Allow\"");
        At(obj, "spec.suspend").ShouldBe("false");
        At(obj, "spec.successfulJobsHistoryLimit").ShouldBe("3");
        At(obj, "spec.failedJobsHistoryLimit").ShouldBe("1");
        At(obj, "spec.jobTemplate.spec.template.spec.dnsPolicy").ShouldBe("\"ClusterFirst\"");
    }

    [Theory]
    [InlineData("""{"spec":{"schedule":""}}""", "spec.schedule FieldValueRequired")]
    [InlineData("""{"spec":{"schedule":"* * * *"}}""", "spec.schedule FieldValueInvalid")]
    [InlineData("""{"spec":{"schedule":"61 * * * *"}}""", "spec.schedule FieldValueInvalid")]
    [InlineData("""{"spec":{"timeZone":"Mars/Olympus"}}""", "spec.timeZone FieldValueInvalid")]
    [InlineData("""{"spec":{"timeZone":"Local"}}""", "spec.timeZone FieldValueInvalid")]
    [InlineData("""{"spec":{"concurrencyPolicy":"Sometimes"}}""", "spec.concurrencyPolicy FieldValueNotSupported")]
    [InlineData("""{"metadata":{"name":"a-very-long-cron-job-name-that-exceeds-fifty-two-chars"}}""", "metadata.name FieldValueInvalid")]
    public void Invalid_cron_job(string patch, string expected) =>
        Describe(Create(CronJobStrategy, Patch(CronJob, patch))).ShouldBe([expected]);

    [Theory]
    [InlineData("0 0 * * *")]
    [InlineData("*/15 9-17 * * MON-FRI")]
    [InlineData("0 0 1 JAN,JUL ?")]
    [InlineData("@hourly")]
    [InlineData("@every 1h30m")]
    [InlineData("TZ=UTC 0 0 * * *")]
    public void Standard_schedules_parse(string schedule) => CronSchedule.Validate(schedule).ShouldBeNull();

    [Theory]
    [InlineData("0 0 * *", "expected exactly 5 fields, found 4: [0 0 * *]")]
    [InlineData("0 24 * * *", "end of range (24) above maximum (23): 24")]
    [InlineData("0 0 0 * *", "beginning of range (0) below minimum (1): 0")]
    [InlineData("@often", "unrecognized descriptor: @often")]
    public void Bad_schedules_explain(string schedule, string message) => CronSchedule.Validate(schedule).ShouldBe(message);

    [Fact]
    public void CronJob_accepts_a_real_time_zone()
    {
        Create(CronJobStrategy, Patch(CronJob, """{"spec":{"timeZone":"Europe/Berlin"}}""")).ShouldBeEmpty();
    }
}
