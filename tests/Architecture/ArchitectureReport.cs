using NetArchTest.Rules;

namespace Concurrency.Tests.Architecture;

/// <summary>How a failing architecture rule names a type: its full name, and what it reaches.</summary>
internal static class ArchitectureReport
{
    public static string Describe(IType type) =>
        string.IsNullOrEmpty(type.Explanation) ? type.FullName : $"{type.FullName} ({type.Explanation})";

    public static string Lines(IEnumerable<object> items) =>
        string.Join(Environment.NewLine, items.Select(item => $"  {item}"));
}
