using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Concurrency.Tests.Architecture.Fixtures.Ping;
using NetArchTest.Rules;

namespace Concurrency.Tests.Architecture;

/// <summary>The dependency check on the fixture types under Fixtures/, whose dependencies are known.</summary>
public sealed class DependencyRuleFixtureTests
{
    private const string Fixtures = "Concurrency.Tests.Architecture.Fixtures";

    private static Condition TypesOf(string fixtureNamespace) =>
        Types.InAssembly(typeof(PingType).Assembly)
            .That().ResideInNamespaceMatching($"^{Regex.Escape(fixtureNamespace)}$")
            .ShouldNot();

    [Test]
    public void Violations_TypeUsingAForbiddenNamespace_NameTheTypeAndItsSourceFile()
    {
        var violations = DependencyRule.Violations(TypesOf($"{Fixtures}.Pong"), $"{Fixtures}.Ping");

        Assert.That(violations, Is.EqualTo(new[]
        {
            $"{Fixtures}.Pong.PongType (Has dependency on: {Fixtures}.Ping.PingType)",
            $"{FixtureFile("Pong", "PongType.cs")} (using {Fixtures}.Ping)",
        }));
    }

    [Test]
    public void Violations_ForbiddenNamespaceUnused_IsEmpty() =>
        Assert.That(DependencyRule.Violations(TypesOf($"{Fixtures}.Lone"), $"{Fixtures}.Pong"), Is.Empty);

    [Test]
    public void Violations_UseOfASubNamespace_BreaksARuleOnItsParent()
    {
        var violations = DependencyRule.Violations(TypesOf($"{Fixtures}.Lone"), $"{Fixtures}.Ping");

        Assert.That(violations, Is.EqualTo(new[]
        {
            $"{Fixtures}.Lone.LoneType (Has dependency on: {Fixtures}.Ping.Inner.InnerType)",
            $"{FixtureFile("Lone", "LoneType.cs")} (using {Fixtures}.Ping)",
        }));
    }

    /// <summary>Where a fixture's source is, found from this file's own path as the compiler saw it.</summary>
    private static string FixtureFile(string folder, string file, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Fixtures", folder, file);
}
