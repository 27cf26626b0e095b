namespace TerrainDescent.Core.Batch;

/// <summary>How far a batch run has got: descents finished out of the total (starts × methods).</summary>
/// <param name="Completed">Descents finished so far, 1 ≤ Completed ≤ Total.</param>
/// <param name="Total">Descents in the run.</param>
public readonly record struct BatchProgress(int Completed, int Total)
{
    /// <summary>Completed as a share of Total, in [0, 1].</summary>
    public double Fraction => Total == 0 ? 1.0 : (double)Completed / Total;
}
