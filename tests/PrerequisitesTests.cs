namespace Concurrency.Tests;

/// <summary>
/// A missing prerequisite skips, never fails, and the skip names what is missing and the command that installs it, so
/// a newcomer running plain <c>dotnet test</c> learns what to run.
/// </summary>
public sealed class PrerequisitesTests
{
    [Test]
    public void Require_Missing_SkipsNamingThePackageAndTheInstallCommand()
    {
        var skip = Assert.Throws<IgnoreException>(() => Prerequisites.Require("redis-server", installed: false, "the Redis tests start it"));

        Assert.That(skip!.Message, Does.Contain("redis-server").And.Contain("the Redis tests start it").And.Contain("`bash .ci/install-prerequisites`"));
    }

    [Test]
    public void Require_Installed_LetsTheTestRun()
    {
        Assert.DoesNotThrow(() => Prerequisites.Require("redis-server", installed: true, "the Redis tests start it"));
    }
}
