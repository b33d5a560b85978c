using Concurrency.Distributed;

namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>The <c>silo</c> command and the run command's <c>--cluster</c>, through the real CLI: bad addresses are bad input.</summary>
[Category(TestCategories.Slow)]
public sealed class SiloCommandTests
{
    [Test]
    public void Silo_ClusteringIsNoRedisAddress_IsBadInputWithTheReason()
    {
        var (exitCode, output) = SuiteProcess.Run("silo", "--clustering", "localhost:6379");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--clustering: 'localhost:6379' is not a Redis address"));
    }

    [Test]
    public void Silo_AddressIsNoIpAddress_IsBadInput()
    {
        var (exitCode, output) = SuiteProcess.Run("silo", "--clustering", "redis://127.0.0.1:6379", "--address", "my-laptop");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--address: 'my-laptop' is not an IP address"));
    }

    [Test]
    public void Silo_RedisDown_FailsWithTheReason()
    {
        int nobody = FreePorts.Take(1)[0];
        int[] ports = FreePorts.Take(2);

        var (exitCode, output) = SuiteProcess.Run(
            "silo", "--clustering", $"redis://127.0.0.1:{nobody}", "--silo-port", ports[0].ToString(), "--gateway-port", ports[1].ToString());

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("could not start").And.Contain($"127.0.0.1:{nobody}"));
    }

    [Test]
    public void Run_ClusterIsNoRedisAddress_IsBadInputWithTheReason()
    {
        var (exitCode, output) = SuiteProcess.Run("--filter", "*Scaling*", "--cluster", "redis://10.0.0.5");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--cluster: 'redis://10.0.0.5' has no port"));
    }

    [Test]
    public void Run_SilosAndCluster_IsBadInput()
    {
        var (exitCode, output) = SuiteProcess.Run("--filter", "*Scaling*", "--silos", "2", "--cluster", "redis://10.0.0.5:6379");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("give one of them"));
    }
}
