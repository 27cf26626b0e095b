namespace TerrainDescent.Core.Descent;

/// <summary>
/// A descent method: an update rule that turns the gradient at the current position into a displacement.
/// Stateless and shareable; the per-path state (velocity, accumulators) lives in the <see cref="IDescentStepper"/>
/// that <see cref="Start"/> creates.
/// </summary>
public interface IDescentMethod
{
    /// <summary>The method's output name, for example <c>hill-walker</c>.</summary>
    string Name { get; }

    /// <summary>Begins one path on <paramref name="objective"/> with fresh state.</summary>
    IDescentStepper Start(IObjective objective, DescentOptions options);
}
