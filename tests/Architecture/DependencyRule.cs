using NetArchTest.Rules;

namespace Concurrency.Tests.Architecture;

/// <summary>Runs "these types reach none of these namespaces" on the compiled code and on the sources' imports.</summary>
internal static class DependencyRule
{
    /// <summary>Every type (and source file) that reaches a forbidden namespace or one under it; empty when the rule holds.</summary>
    public static IReadOnlyList<string> Violations(Condition types, params string[] forbidden)
    {
        var result = types.HaveDependencyOnAny(forbidden).GetResult();
        return
        [
            .. (result.FailingTypes ?? []).Select(ArchitectureReport.Describe).Order(StringComparer.Ordinal),
            .. SourceImports.Offenders(result.SelectedTypesForTesting, forbidden),
        ];
    }
}
