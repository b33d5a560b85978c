namespace Concurrency.Benchmarks.Pages;

/// <summary>A chart of the index page.</summary>
/// <param name="Png">The picture's file name in the results folder.</param>
/// <param name="Svg">Its SVG twin's file name, or null where the folder has none.</param>
/// <param name="AltText">What the chart shows, for a reader who cannot see it.</param>
internal sealed record IndexChart(string Png, string? Svg, string AltText);
