using ScottPlot;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>
/// What every chart shares: size, a font that exists on this machine, and line widths. Skia's Linux build here has no
/// fontconfig, so the font is loaded from its file; <c>.ci/install-prerequisites</c> installs DejaVu for clean machines.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 600;

    private const string FontName = "DejaVu Sans";

    private static readonly string[] FontFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
    ];

    private static readonly Lazy<string?> Font = new(RegisterFont);

    /// <summary>A plot with the suite's font and readable text sizes.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        if (Font.Value is { } font)
        {
            plot.Font.Set(font);
        }

        plot.Title(title, size: 20);
        plot.XLabel(xLabel, size: 16);
        plot.YLabel(yLabel, size: 16);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Legend.FontSize = 14;
        return plot;
    }

    /// <summary>Writes <paramref name="basePath"/>.png and .svg and returns both paths.</summary>
    public static IReadOnlyList<string> Save(Plot plot, string basePath, int width = Width, int height = Height)
    {
        string png = basePath + ".png";
        string svg = basePath + ".svg";
        plot.SavePng(png, width, height);
        plot.SaveSvg(svg, width, height);
        return [png, svg];
    }

    /// <summary>
    /// The registered font's name, or null to leave ScottPlot's own choice (Windows and macOS have fonts it finds).
    /// On Linux without a font, Skia draws no text at all, so say so rather than write blank charts silently.
    /// </summary>
    private static string? RegisterFont()
    {
        if (FontFiles.FirstOrDefault(File.Exists) is not { } file)
        {
            if (OperatingSystem.IsLinux())
            {
                Console.Error.WriteLine("warning: no DejaVu Sans font found, so chart text will be missing: install fonts-dejavu-core (.ci/install-prerequisites does).");
            }

            return null;
        }

        Fonts.AddFontFile(FontName, file);
        return FontName;
    }
}
