using Concurrency.Distributed.Hosting;

namespace Concurrency.Tests.Distributed;

/// <summary>Reading <c>redis://[:PASSWORD@]HOST:PORT</c>, and keeping the password out of what is printed.</summary>
public sealed class RedisAddressTests
{
    [TestCase("redis://10.0.0.5:6379", "10.0.0.5", 6379, null)]
    [TestCase("redis://:s3cret@redis.lan:6380", "redis.lan", 6380, "s3cret")]
    [TestCase("REDIS://:p%40ss@[::1]:7000", "::1", 7000, "p@ss")]
    public void TryParse_ReadsHostPortAndPassword(string text, string host, int port, string? password)
    {
        Assert.That(RedisAddress.TryParse(text, out var address, out _), Is.True);
        Assert.That(address, Is.EqualTo(new RedisAddress(host, port, password)));
    }

    [TestCase("10.0.0.5:6379", "not a Redis address")]
    [TestCase("redis://10.0.0.5", "no port")]
    [TestCase("redis://10.0.0.5:0", "no port")]
    [TestCase("redis://10.0.0.5:99999", "no port")]
    [TestCase("redis://:6379", "no host")]
    [TestCase("redis://user:pw@host:6379", "password goes after a colon")]
    public void TryParse_NoAddress_SaysWhy(string text, string reason)
    {
        Assert.That(RedisAddress.TryParse(text, out _, out string? error), Is.False);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void ToString_HidesThePassword()
    {
        Assert.That(new RedisAddress("host", 6379, "s3cret").ToString(), Does.Not.Contain("s3cret"));
    }

    [Test]
    public void ToUri_ReadsBackTheSameAddress()
    {
        var address = new RedisAddress("host", 6379, "p@ss:word");

        Assert.That(RedisAddress.TryParse(address.ToUri(), out var read, out _) ? read : null, Is.EqualTo(address));
    }
}
