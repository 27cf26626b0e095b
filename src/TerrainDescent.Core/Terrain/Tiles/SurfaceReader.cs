using System.Runtime.CompilerServices;

namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// One thread's window onto a <see cref="TerrainSurface"/>: bilinear elevation and blended metric slope at global
/// sample positions, read across tile seams exactly as from one raster holding every tile. It pins the few tiles it
/// reads, so they stay in the cache while a step uses them; dispose it to unpin them. Not thread-safe.
/// </summary>
/// <remarks>
/// Slopes are derived on demand from the elevations (no slope array is stored, so a resident sample costs 4 bytes):
/// the slope at a sample is the central difference of its neighbours, <c>(z[c+1] − z[c−1]) / (2·mx(r))</c> east and
/// <c>(z[r−1] − z[r+1]) / (2·my(r))</c> north in float32, one-sided where a neighbour is void or missing, NaN where
/// both are; the gradient at (u, v) is the bilinear blend of the four surrounding samples' slopes. A bilinear weight
/// of exactly zero skips its sample, so a position on a sample or on the data's last row or column needs only the
/// samples it stands between. Reads inside one tile's interior index its array directly; the rest look each sample up.
/// </remarks>
public sealed class SurfaceReader : IDisposable
{
    private const int MaxPinned = 6;
    private const double MaxIndex = 1e9;

    private readonly TerrainSurface _surface;
    private readonly TileIndex _index;
    private readonly SampleLattice _lattice;
    private readonly float _missingValue;
    private readonly int[] _pinnedTiles = new int[MaxPinned];
    private readonly float[][] _pinnedSamples = new float[MaxPinned][];
    private readonly long[] _pinnedUse = new long[MaxPinned];
    private int _pinnedCount;
    private long _uses;

    // The tile whose interior the last reads fell in: its samples and placement.
    private float[]? _fast;
    private int _fastColumn;
    private int _fastRow;
    private int _fastWidth;
    private int _interiorColumn0;
    private int _interiorRow0;
    private int _interiorColumn1;
    private int _interiorRow1;

    // The last elevation and gradient asked for: the runner asks for both at each new position, then again.
    private double _elevationU = double.NaN;
    private double _elevationV = double.NaN;
    private double _elevation;
    private double _gradientU = double.NaN;
    private double _gradientV = double.NaN;
    private (double East, double North) _gradient;

    internal SurfaceReader(TerrainSurface surface)
    {
        _surface = surface;
        _index = surface.Index;
        _lattice = surface.Lattice;
        _missingValue = surface.Missing == MissingTiles.Sea ? 0f : float.NaN;
    }

    /// <summary>Bilinear elevation in metres at global sample position (u, v); NaN off the data or beside a void.</summary>
    public double ElevationAt(double u, double v)
    {
        if (u == _elevationU && v == _elevationV)
        {
            return _elevation;
        }

        var value = ComputeElevation(u, v);
        (_elevationU, _elevationV, _elevation) = (u, v, value);
        return value;
    }

    /// <summary>Blended metric slope (∂z/∂east, ∂z/∂north) at (u, v), metres per metre; NaN off the data or beside a void.</summary>
    public (double EastSlope, double NorthSlope) GradientAt(double u, double v)
    {
        if (u == _gradientU && v == _gradientV)
        {
            return _gradient;
        }

        var value = ComputeGradient(u, v);
        (_gradientU, _gradientV, _gradient) = (u, v, value);
        return value;
    }

    /// <summary>
    /// Elevation and slope at (u, v) in one cell lookup, when the cell and its neighbours lie inside one tile's
    /// interior (nearly every step of a path); the same values as <see cref="ElevationAt"/> and <see cref="GradientAt"/>,
    /// which it also remembers. False, with nothing computed, anywhere else.
    /// </summary>
    internal bool TryEvaluateInterior(double u, double v)
    {
        if (!TryFastCell(u, v, out var column, out var row))
        {
            return false;
        }

        var fu = u - column;
        var fv = v - row;
        var z = _fast!;
        var w = _fastWidth;
        var i = (row - _fastRow) * w + column - _fastColumn;
        _elevation = Blend(z[i], z[i + 1], z[i + w], z[i + w + 1], fu, fv);
        (_elevationU, _elevationV) = (u, v);
        _gradient = SlopeBlend(z, i, w, row, fu, fv);
        (_gradientU, _gradientV) = (u, v);
        return true;
    }

    /// <summary>
    /// The window of the tile whose interior holds the cell at (u, v) and the samples around it that its slopes need
    /// (the tile that reads there would use directly); false where no single tile's interior does.
    /// </summary>
    internal bool TryWindowAt(double u, double v, out TileWindow window)
    {
        window = default;
        if (!TryFastCell(u, v, out _, out _))
        {
            return false;
        }

        window = new TileWindow(_fast!, _fastColumn, _fastRow, _fastWidth, _interiorColumn0, _interiorRow0, _interiorColumn1, _interiorRow1);
        return true;
    }

    /// <summary>
    /// Where (u, v) lies for a descent: inside where elevation and slope are defined, void where a sample it needs is
    /// void (or its slope undefined) but the tiles hold it, outside where they do not.
    /// </summary>
    internal Descent.PointStatus Locate(double u, double v)
    {
        TryEvaluateInterior(u, v);
        if (!double.IsNaN(ElevationAt(u, v)))
        {
            var (east, north) = GradientAt(u, v);
            return double.IsNaN(east) || double.IsNaN(north) ? Descent.PointStatus.Void : Descent.PointStatus.Inside;
        }

        return IsOnData(u, v) ? Descent.PointStatus.Void : Descent.PointStatus.Outside;
    }

    /// <summary>Whether every sample that (u, v) stands between is held by a tile (or is missing sea).</summary>
    public bool IsOnData(double u, double v)
    {
        if (!IsUsable(u, v))
        {
            return false;
        }

        if (_missingValue == 0f)
        {
            return true;
        }

        var column = (int)Math.Floor(u);
        var row = (int)Math.Floor(v);
        var east = u > column;
        var south = v > row;
        return Covered(column, row) && (!east || Covered(column + 1, row))
            && (!south || Covered(column, row + 1)) && (!east || !south || Covered(column + 1, row + 1));
    }

    /// <summary>The elevation of global sample (column, row): NaN for a void or no data (0 where missing tiles are sea).</summary>
    public float Sample(int column, int row)
    {
        if (_fast is not null && column >= _interiorColumn0 && column <= _interiorColumn1 && row >= _interiorRow0 && row <= _interiorRow1)
        {
            return _fast[(row - _fastRow) * _fastWidth + column - _fastColumn];
        }

        var owner = _index.OwnerOf(column, row);
        if (owner < 0)
        {
            return _missingValue;
        }

        var tile = _index.Tiles[owner];
        return Pinned(owner)[(row - tile.Row) * tile.Width + column - tile.Column];
    }

    /// <summary>
    /// A copy of the samples tile <paramref name="tileIndex"/> owns over its footprint, row-major, NaN at the samples
    /// of its shared edges that another tile owns: only the footprint's outer ring needs an ownership lookup.
    /// </summary>
    public float[] OwnedSamples(int tileIndex)
    {
        var tile = _index.Tiles[tileIndex];
        var owned = Pinned(tileIndex).AsSpan(0, tile.Width * tile.Height).ToArray();
        for (var row = 0; row < tile.Height; row++)
        {
            var edgeRow = row == 0 || row == tile.Height - 1;
            for (var column = 0; column < tile.Width; column += edgeRow || column == tile.Width - 1 ? 1 : Math.Max(1, tile.Width - 1))
            {
                if (_index.OwnerOf(tile.Column + column, tile.Row + row) != tileIndex)
                {
                    owned[row * tile.Width + column] = float.NaN;
                }
            }
        }

        return owned;
    }

    /// <summary>Unpins every tile this reader holds.</summary>
    public void Dispose()
    {
        for (var i = 0; i < _pinnedCount; i++)
        {
            _surface.Cache.Release(_surface.Slot(_pinnedTiles[i]));
        }

        _pinnedCount = 0;
        _fast = null;
    }

    private double ComputeElevation(double u, double v)
    {
        if (!IsUsable(u, v))
        {
            return double.NaN;
        }

        var column = (int)Math.Floor(u);
        var row = (int)Math.Floor(v);
        var fu = u - column;
        var fv = v - row;
        float topLeft, topRight, bottomLeft, bottomRight;
        if (InFastInterior(column, row, column + 1, row + 1))
        {
            var i = (row - _fastRow) * _fastWidth + column - _fastColumn;
            (topLeft, topRight, bottomLeft, bottomRight) = (_fast![i], _fast[i + 1], _fast[i + _fastWidth], _fast[i + _fastWidth + 1]);
        }
        else
        {
            topLeft = Sample(column, row);
            topRight = fu > 0 ? Sample(column + 1, row) : 0f;
            bottomLeft = fv > 0 ? Sample(column, row + 1) : 0f;
            bottomRight = fu > 0 && fv > 0 ? Sample(column + 1, row + 1) : 0f;
        }

        return Blend(topLeft, topRight, bottomLeft, bottomRight, fu, fv);
    }

    private (double, double) ComputeGradient(double u, double v)
    {
        if (!IsUsable(u, v))
        {
            return (double.NaN, double.NaN);
        }

        var column = (int)Math.Floor(u);
        var row = (int)Math.Floor(v);
        var fu = u - column;
        var fv = v - row;

        if (InFastInterior(column - 1, row - 1, column + 2, row + 2))
        {
            return SlopeBlend(_fast!, (row - _fastRow) * _fastWidth + column - _fastColumn, _fastWidth, row, fu, fv);
        }

        // The 4 × 4 patch around the cell, rows r−1..r+2 and columns c−1..c+2 (its corners are never read).
        Span<float> patch = stackalloc float[16];
        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                var corner = (r == 0 || r == 3) && (c == 0 || c == 3);
                patch[r * 4 + c] = corner ? float.NaN : Sample(column - 1 + c, row - 1 + r);
            }
        }

        // The patch is a 4-wide grid whose cell corner (c, r) sits at index 5: the same arithmetic as inside a tile.
        return SlopeBlend(patch, 5, 4, row, fu, fv);
    }

    /// <summary>
    /// The blended slope of the cell whose top-left sample is <paramref name="z"/>[<paramref name="i"/>], in rows of
    /// <paramref name="w"/> samples: a tile's own samples inside its interior, or the 4 × 4 patch gathered elsewhere.
    /// </summary>
    private (double, double) SlopeBlend(ReadOnlySpan<float> z, int i, int w, int row, double fu, double fv)
    {
        var east = -_lattice.InverseTwoMetresEast(row);
        var north = _lattice.InverseTwoMetresNorth(row);
        double eastTopLeft = OneSided(z[i - 1], z[i], z[i + 1], east);
        double northTopLeft = OneSided(z[i - w], z[i], z[i + w], north);
        double eastTopRight = 0, northTopRight = 0, eastBottomLeft = 0, northBottomLeft = 0, eastBottomRight = 0, northBottomRight = 0;
        if (fu > 0)
        {
            eastTopRight = OneSided(z[i], z[i + 1], z[i + 2], east);
            northTopRight = OneSided(z[i + 1 - w], z[i + 1], z[i + 1 + w], north);
        }

        if (fv > 0)
        {
            var eastBelow = -_lattice.InverseTwoMetresEast(row + 1);
            var northBelow = _lattice.InverseTwoMetresNorth(row + 1);
            var j = i + w;
            eastBottomLeft = OneSided(z[j - 1], z[j], z[j + 1], eastBelow);
            northBottomLeft = OneSided(z[i], z[j], z[j + w], northBelow);
            if (fu > 0)
            {
                eastBottomRight = OneSided(z[j], z[j + 1], z[j + 2], eastBelow);
                northBottomRight = OneSided(z[i + 1], z[j + 1], z[j + 1 + w], northBelow);
            }
        }

        return (Blend(eastTopLeft, eastTopRight, eastBottomLeft, eastBottomRight, fu, fv),
            Blend(northTopLeft, northTopRight, northBottomLeft, northBottomRight, fu, fv));
    }

    /// <summary>Bilinear interpolation; a zero weight skips its side, so NaN there does not spread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Blend(double topLeft, double topRight, double bottomLeft, double bottomRight, double fu, double fv)
    {
        var top = fu == 0 ? topLeft : topLeft + fu * (topRight - topLeft);
        if (fv == 0)
        {
            return top;
        }

        var bottom = fu == 0 ? bottomLeft : bottomLeft + fu * (bottomRight - bottomLeft);
        return top + fv * (bottom - top);
    }

    /// <summary>
    /// <c>(before − after)·factor</c>, the central difference, with the centre standing in for a missing side
    /// (one-sided, so doubled); NaN at a void centre or with both sides missing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float OneSided(float before, float centre, float after, float factor)
    {
        if (float.IsNaN(centre))
        {
            return float.NaN;
        }

        var hasBefore = !float.IsNaN(before);
        var hasAfter = !float.IsNaN(after);
        if (hasBefore && hasAfter)
        {
            return (before - after) * factor;
        }

        if (hasBefore)
        {
            return (before - centre) * 2 * factor;
        }

        return hasAfter ? (centre - after) * 2 * factor : float.NaN;
    }

    /// <summary>
    /// The cell (column, row) at (u, v) when it and the samples around it that its slopes need (columns c−1..c+2,
    /// rows r−1..r+2) lie in one tile's interior, which then becomes the fast tile; false anywhere else.
    /// </summary>
    private bool TryFastCell(double u, double v, out int column, out int row)
    {
        column = row = 0;
        if (!IsUsable(u, v))
        {
            return false;
        }

        column = (int)Math.Floor(u);
        row = (int)Math.Floor(v);
        return InFastInterior(column - 1, row - 1, column + 2, row + 2);
    }

    private static bool IsUsable(double u, double v) => Math.Abs(u) < MaxIndex && Math.Abs(v) < MaxIndex;

    private bool Covered(int column, int row) => _index.OwnerOf(column, row) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool InFastInterior(int column0, int row0, int column1, int row1)
    {
        if (_fast is not null && column0 >= _interiorColumn0 && column1 <= _interiorColumn1 && row0 >= _interiorRow0 && row1 <= _interiorRow1)
        {
            return true;
        }

        return SwitchFast(column0, row0, column1, row1);
    }

    private bool SwitchFast(int column0, int row0, int column1, int row1)
    {
        var owner = _index.OwnerOf(column0, row0);
        if (owner < 0)
        {
            return false;
        }

        var (c0, r0, c1, r1) = _index.Interiors[owner];
        if (column0 < c0 || column1 > c1 || row0 < r0 || row1 > r1)
        {
            return false;
        }

        var tile = _index.Tiles[owner];
        _fast = Pinned(owner);
        (_fastColumn, _fastRow, _fastWidth) = (tile.Column, tile.Row, tile.Width);
        (_interiorColumn0, _interiorRow0, _interiorColumn1, _interiorRow1) = (c0, r0, c1, r1);
        return true;
    }

    /// <summary>The samples of tile <paramref name="tile"/>, pinned; the least recently used pin makes room.</summary>
    private float[] Pinned(int tile)
    {
        _uses++;
        for (var i = 0; i < _pinnedCount; i++)
        {
            if (_pinnedTiles[i] == tile)
            {
                _pinnedUse[i] = _uses;
                return _pinnedSamples[i];
            }
        }

        var slot = _pinnedCount;
        if (slot == MaxPinned)
        {
            slot = 0;
            for (var i = 1; i < MaxPinned; i++)
            {
                if (_pinnedUse[i] < _pinnedUse[slot])
                {
                    slot = i;
                }
            }

            if (ReferenceEquals(_pinnedSamples[slot], _fast))
            {
                _fast = null;
            }

            // Take the slot out before releasing, so a failed decode below never releases a tile twice.
            var released = _pinnedTiles[slot];
            _pinnedCount--;
            (_pinnedTiles[slot], _pinnedSamples[slot], _pinnedUse[slot]) = (_pinnedTiles[_pinnedCount], _pinnedSamples[_pinnedCount], _pinnedUse[_pinnedCount]);
            _surface.Cache.Release(_surface.Slot(released));
            slot = _pinnedCount;
        }

        var samples = _surface.Cache.Acquire(_surface.Slot(tile));
        (_pinnedTiles[slot], _pinnedSamples[slot], _pinnedUse[slot]) = (tile, samples, _uses);
        _pinnedCount++;
        return samples;
    }
}
