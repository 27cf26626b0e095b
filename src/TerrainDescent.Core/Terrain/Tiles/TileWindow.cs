using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// The samples of one pinned tile and the global rectangle of its interior (the samples no other tile shares), for
/// loops that read many cells in a row without asking the reader each time. Valid while the reader that gave it keeps
/// the tile pinned, that is until the reader's next read outside this window or its disposal.
/// </summary>
/// <param name="Samples">The tile's samples, row-major.</param>
/// <param name="Column">Global column of the tile's first sample.</param>
/// <param name="Row">Global row of the tile's first sample.</param>
/// <param name="Width">Samples per tile row.</param>
/// <param name="Column0">First global column of the interior.</param>
/// <param name="Row0">First global row of the interior.</param>
/// <param name="Column1">Last global column of the interior.</param>
/// <param name="Row1">Last global row of the interior.</param>
internal readonly record struct TileWindow(float[] Samples, int Column, int Row, int Width, int Column0, int Row0, int Column1, int Row1)
{
    /// <summary>
    /// Elevation and slope inside a cell whose top-left sample is <paramref name="cell"/> in rows of
    /// <paramref name="width"/>, when the twelve samples the slopes need (rows r−1..r+2, columns c−1..c+2, corners
    /// excepted) all hold elevations: the values <see cref="SurfaceReader.ElevationAt"/> and
    /// <see cref="SurfaceReader.GradientAt"/> give there, which never take a one-sided difference in that case.
    /// False, with nothing meaningful computed, when any of the twelve is void. The caller guarantees the samples lie
    /// in the array.
    /// </summary>
    /// <param name="cell">The cell's top-left sample.</param>
    /// <param name="width">Samples per row of the array <paramref name="cell"/> lies in.</param>
    /// <param name="east">The east factor of the cell's top row, <c>−1/(2·mx(r))</c>.</param>
    /// <param name="north">The north factor of the cell's top row, <c>1/(2·my(r))</c>.</param>
    /// <param name="eastBelow">The east factor of the row below.</param>
    /// <param name="northBelow">The north factor of the row below.</param>
    /// <param name="fu">Position in the cell eastwards, in [0, 1).</param>
    /// <param name="fv">Position in the cell southwards, in [0, 1).</param>
    /// <param name="elevation">Bilinear elevation in metres.</param>
    /// <param name="eastSlope">Blended slope ∂z/∂east, metres per metre.</param>
    /// <param name="northSlope">Blended slope ∂z/∂north, metres per metre.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryEvaluateClean(
        ref float cell, int width, float east, float north, float eastBelow, float northBelow, double fu, double fv,
        out double elevation, out double eastSlope, out double northSlope)
    {
        var topLeft = cell;
        var topRight = Unsafe.Add(ref cell, 1);
        var bottomLeft = Unsafe.Add(ref cell, width);
        var bottomRight = Unsafe.Add(ref cell, width + 1);
        var left = Unsafe.Add(ref cell, -1);
        var right = Unsafe.Add(ref cell, 2);
        var bottomLeftOuter = Unsafe.Add(ref cell, width - 1);
        var bottomRightOuter = Unsafe.Add(ref cell, width + 2);
        var aboveLeft = Unsafe.Add(ref cell, -width);
        var aboveRight = Unsafe.Add(ref cell, 1 - width);
        var belowLeft = Unsafe.Add(ref cell, 2 * width);
        var belowRight = Unsafe.Add(ref cell, 2 * width + 1);

        // The central differences of the reader's one-sided rule when both sides hold elevations, in its float
        // operations.
        double eastTopLeft = (left - topRight) * east, eastTopRight = (topLeft - right) * east;
        double eastBottomLeft = (bottomLeftOuter - bottomRight) * eastBelow, eastBottomRight = (bottomLeft - bottomRightOuter) * eastBelow;
        double northTopLeft = (aboveLeft - bottomLeft) * north, northTopRight = (aboveRight - bottomRight) * north;
        double northBottomLeft = (topLeft - belowLeft) * northBelow, northBottomRight = (topRight - belowRight) * northBelow;

        if (fu != 0 && fv != 0)
        {
            // SurfaceReader.Blend with both weights non-zero, without its three tests.
            var top = topLeft + fu * ((double)topRight - topLeft);
            elevation = top + fv * (bottomLeft + fu * ((double)bottomRight - bottomLeft) - top);
            var eastTop = eastTopLeft + fu * (eastTopRight - eastTopLeft);
            eastSlope = eastTop + fv * (eastBottomLeft + fu * (eastBottomRight - eastBottomLeft) - eastTop);
            var northTop = northTopLeft + fu * (northTopRight - northTopLeft);
            northSlope = northTop + fv * (northBottomLeft + fu * (northBottomRight - northBottomLeft) - northTop);
        }
        else
        {
            elevation = SurfaceReader.Blend(topLeft, topRight, bottomLeft, bottomRight, fu, fv);
            eastSlope = SurfaceReader.Blend(eastTopLeft, eastTopRight, eastBottomLeft, eastBottomRight, fu, fv);
            northSlope = SurfaceReader.Blend(northTopLeft, northTopRight, northBottomLeft, northBottomRight, fu, fv);
        }

        // A void anywhere makes the sum NaN (elevations are far too small to overflow). With fu or fv zero the reader
        // would skip some of these samples, so false is then only stricter than it: the caller asks the reader.
        return !float.IsNaN(topLeft + topRight + bottomLeft + bottomRight + left + right + bottomLeftOuter + bottomRightOuter
            + aboveLeft + aboveRight + belowLeft + belowRight);
    }
}
