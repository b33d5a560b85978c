using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Environments;

namespace Concurrency.Benchmarks.Results;

/// <summary>
/// Names a hardware configuration for its results folder: OS, CPU model and logical core count, e.g.
/// <c>linux-intel-xeon-platinum-8375c-2c</c>. Users override it with <c>--label</c>.
/// </summary>
internal static class MachineLabel
{
    public static string Detect()
    {
        string os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : OperatingSystem.IsLinux() ? "linux" : RuntimeInformation.OSDescription;
        string cpu = HostEnvironmentInfo.GetCurrent().Cpu.Value.ProcessorName ?? RuntimeInformation.ProcessArchitecture.ToString();
        return Sanitize($"{os}-{cpu}-{Environment.ProcessorCount}c");
    }

    /// <summary>Lower-case letters, digits and single dashes: safe as a folder name on every OS.</summary>
    public static string Sanitize(string label) =>
        TrySanitize(label, out string? sanitized)
            ? sanitized
            : throw new ArgumentException($"Label '{label}' has no usable character: use letters, digits, '.', '_' or '-'.", nameof(label));

    /// <summary>The same, false when nothing usable is left: how the CLI checks <c>--label</c> before a run starts.</summary>
    public static bool TrySanitize(string label, [NotNullWhen(true)] out string? sanitized)
    {
        var builder = new StringBuilder(label.Length);
        foreach (char c in label.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.' || c == '_')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        string trimmed = builder.ToString().Trim('-', '.');
        sanitized = trimmed.Length > 0 ? trimmed : null;
        return sanitized is not null;
    }
}
