namespace TerrainDescent.Core.Water;

/// <summary>
/// A binary min-heap of grid cells keyed by elevation, on two parallel arrays that grow by doubling:
/// no allocation per cell, which matters for the 13 million cells of an SRTM1 tile.
/// </summary>
internal sealed class CellMinHeap(int initialCapacity)
{
    private float[] _keys = new float[Math.Max(initialCapacity, 16)];
    private int[] _cells = new int[Math.Max(initialCapacity, 16)];

    public int Count { get; private set; }

    public void Push(float key, int cell)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _cells, _cells.Length * 2);
        }

        // Sift up: move parents down until the parent is not greater.
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_keys[parent] <= key)
            {
                break;
            }

            _keys[i] = _keys[parent];
            _cells[i] = _cells[parent];
            i = parent;
        }

        _keys[i] = key;
        _cells[i] = cell;
    }

    public int Pop()
    {
        var top = _cells[0];
        var last = --Count;
        var key = _keys[last];
        var cell = _cells[last];

        // Sift the last element down from the root.
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= last)
            {
                break;
            }

            if (child + 1 < last && _keys[child + 1] < _keys[child])
            {
                child++;
            }

            if (key <= _keys[child])
            {
                break;
            }

            _keys[i] = _keys[child];
            _cells[i] = _cells[child];
            i = child;
        }

        _keys[i] = key;
        _cells[i] = cell;
        return top;
    }
}
