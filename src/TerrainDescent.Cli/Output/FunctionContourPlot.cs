using ScottPlot;
using TerrainDescent.Cli.Commands;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;

namespace TerrainDescent.Cli.Output;

/// <summary>
/// The picture of <c>optimize --plot</c>: contours of a two-variable f at log-spaced levels (as the tutorials
/// draw them with <c>np.logspace</c>), the path of every method run in its own colour, the start and the known
/// minima marked, and −∇f at the start as an arrow.
/// </summary>
public static class FunctionContourPlot
{
    /// <summary>Width of the PNG in pixels.</summary>
    public const int WidthPixels = 1000;

    /// <summary>Height of the PNG in pixels.</summary>
    public const int HeightPixels = 800;

    private const int GridPoints = 300;
    private static readonly Color GradientColour = Color.FromHex("#404040");
    private const int Levels = 24;

    /// <summary>Draws the plot and returns the PNG bytes.</summary>
    public static byte[] Render(BuiltInFunction function, IObjective objective, IReadOnlyList<double> start, IReadOnlyList<OptimizeRun> runs)
    {
        var (xMin, xMax, yMin, yMax) = Window(function, start);
        var plot = new Plot();
        AddContours(plot, function, xMin, xMax, yMin, yMax);

        foreach (var run in runs)
        {
            var trace = run.Trace;
            var xs = new double[trace.VertexCount];
            var ys = new double[trace.VertexCount];
            for (var i = 0; i < trace.VertexCount; i++)
            {
                (xs[i], ys[i]) = (trace.Position(i)[0], trace.Position(i)[1]);
            }

            var line = plot.Add.ScatterLine(xs, ys, MethodColours.For(run.Method.Name));
            line.LineWidth = 2.5f;
            line.MarkerSize = trace.VertexCount <= 60 ? 5 : 0;
            line.LegendText = $"{run.Method.Name} ({trace.Iterations} it., {trace.Reason.ToName()})";
        }

        AddGradientArrow(plot, objective, start, xMax - xMin);
        var startMarker = plot.Add.Marker(start[0], start[1], MarkerShape.FilledCircle, 12, Colors.Black);
        startMarker.LegendText = "start";
        for (var i = 0; i < function.KnownMinima.Count; i++)
        {
            var minimum = function.KnownMinima[i];
            var marker = plot.Add.Marker(minimum[0], minimum[1], MarkerShape.FilledDiamond, 14, Color.FromHex("#ffd700"));
            // One legend entry for all the minima.
            marker.LegendText = i > 0 ? "" : function.KnownMinima.Count == 1 ? "minimum" : "known minima";
        }

        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);
        plot.Title($"{function.Name}: f = {function.Formula}");
        plot.XLabel("x");
        plot.YLabel("y");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(WidthPixels, HeightPixels, ImageFormat.Png);
    }

    private static (double XMin, double XMax, double YMin, double YMax) Window(BuiltInFunction function, IReadOnlyList<double> start)
    {
        var w = function.PlotWindow.Length == 4 ? function.PlotWindow : [-3.0, 3.0, -3.0, 3.0];
        // Keep the start inside with a margin of a tenth of the window.
        var marginX = 0.1 * (w[1] - w[0]);
        var marginY = 0.1 * (w[3] - w[2]);
        return (Math.Min(w[0], start[0] - marginX), Math.Max(w[1], start[0] + marginX),
            Math.Min(w[2], start[1] - marginY), Math.Max(w[3], start[1] + marginY));
    }

    /// <summary>
    /// Contours of log₁₀(f − f_min + ε) at equal steps, i.e. f at log-spaced levels from ε to the range of f over
    /// the window, with ε = 10⁻⁴ × range (f − f_min is shifted so functions with negative values work too).
    /// </summary>
    private static void AddContours(Plot plot, BuiltInFunction function, double xMin, double xMax, double yMin, double yMax)
    {
        var values = new double[GridPoints, GridPoints];
        var (low, high) = (double.PositiveInfinity, double.NegativeInfinity);
        Span<double> point = stackalloc double[2];
        for (var row = 0; row < GridPoints; row++)
        {
            for (var column = 0; column < GridPoints; column++)
            {
                point[0] = xMin + (xMax - xMin) * column / (GridPoints - 1);
                point[1] = yMin + (yMax - yMin) * row / (GridPoints - 1);
                var value = function.Value(point);
                values[row, column] = value;
                if (double.IsFinite(value))
                {
                    (low, high) = (Math.Min(low, value), Math.Max(high, value));
                }
            }
        }

        var epsilon = Math.Max(1e-4 * (high - low), 1e-300);
        var grid = new Coordinates3d[GridPoints, GridPoints];
        for (var row = 0; row < GridPoints; row++)
        {
            for (var column = 0; column < GridPoints; column++)
            {
                var value = double.IsFinite(values[row, column]) ? values[row, column] : high;
                grid[row, column] = new Coordinates3d(
                    xMin + (xMax - xMin) * column / (GridPoints - 1),
                    yMin + (yMax - yMin) * row / (GridPoints - 1),
                    Math.Log10(value - low + epsilon));
            }
        }

        var contours = plot.Add.ContourLines(grid, Levels);
        contours.Colormap = new ScottPlot.Colormaps.Viridis();
        contours.LineWidth = 1;
        contours.LabelStyle.IsVisible = false;
    }

    private static void AddGradientArrow(Plot plot, IObjective objective, IReadOnlyList<double> start, double windowWidth)
    {
        Span<double> gradient = stackalloc double[2];
        objective.Gradient([start[0], start[1]], gradient);
        var norm = Math.Sqrt(gradient[0] * gradient[0] + gradient[1] * gradient[1]);
        if (!(norm > 0) || !double.IsFinite(norm))
        {
            return;
        }

        // −∇f drawn as a direction, a sixth of the window long (its length in f-units would leave the picture).
        var length = windowWidth / 6;
        var tip = new Coordinates(start[0] - length * gradient[0] / norm, start[1] - length * gradient[1] / norm);
        var arrow = plot.Add.Arrow(new Coordinates(start[0], start[1]), tip);
        arrow.ArrowLineColor = GradientColour;
        arrow.ArrowFillColor = GradientColour;
        arrow.ArrowLineWidth = 0;
        arrow.ArrowWidth = 4;
        arrow.ArrowheadWidth = 16;
        arrow.ArrowheadLength = 18;
        var label = plot.Add.Text("−∇f(x₀)", tip);
        label.LabelFontColor = GradientColour;
        label.LabelFontSize = 16;
        label.LabelBold = true;
        label.LabelAlignment = Alignment.UpperLeft;
        label.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
        label.OffsetY = 6;
    }
}
