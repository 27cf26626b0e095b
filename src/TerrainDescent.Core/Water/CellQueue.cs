namespace TerrainDescent.Core.Water;

/// <summary>A FIFO ring buffer of cell indices that grows by doubling; no allocation per cell.</summary>
internal sealed class CellQueue(int initialCapacity)
{
    private int[] _cells = new int[Math.Max(initialCapacity, 16)];
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(int cell)
    {
        if (Count == _cells.Length)
        {
            // Unroll the ring into a doubled array so the head is at 0 again.
            var grown = new int[_cells.Length * 2];
            var firstPart = _cells.Length - _head;
            Array.Copy(_cells, _head, grown, 0, firstPart);
            Array.Copy(_cells, 0, grown, firstPart, _head);
            _cells = grown;
            _head = 0;
        }

        var tail = _head + Count;
        _cells[tail >= _cells.Length ? tail - _cells.Length : tail] = cell;
        Count++;
    }

    public int Peek() => _cells[_head];

    public int Dequeue()
    {
        var cell = _cells[_head];
        _head = _head + 1 == _cells.Length ? 0 : _head + 1;
        Count--;
        return cell;
    }
}
