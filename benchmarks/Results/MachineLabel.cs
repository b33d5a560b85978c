using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Environments;

namespace Concurrency.Benchmarks.Results;

/// <summary>
/// Names a hardware configuration for its results folder: OS, CPU model and logical core count, e.g.
/// <c>linux-intel-xeon-platinum-8375c-2c</c>. Users override it with <c>--label</c>.
/// </summary>
public static class MachineLabel
{
    public static string Detect()
    {
        string os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : OperatingSystem.IsLinux() ? "linux" : RuntimeInformation.OSDescription;
        string cpu = HostEnvironmentInfo.GetCurrent().Cpu.Value.ProcessorName ?? RuntimeInformation.ProcessArchitecture.ToString();
        return Sanitize($"{os}-{cpu}-{Environment.ProcessorCount}c");
    }

    /// <summary>Lower-case letters, digits and single dashes: safe as a folder name on every OS.</summary>
    public static string Sanitize(string label)
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

        string sanitized = builder.ToString().Trim('-', '.');
        return sanitized.Length > 0 ? sanitized : throw new ArgumentException($"Label '{label}' has no usable character: use letters, digits, '.', '_' or '-'.", nameof(label));
    }
}
