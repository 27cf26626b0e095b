namespace TerrainDescent.Core.Descent;

/// <summary>One path's run of a method: holds the state the update rule carries from step to step.</summary>
public interface IDescentStepper
{
    /// <summary>
    /// Writes the displacement to apply at <paramref name="x"/>, given <paramref name="gradient"/> = ∇f(x).
    /// The runner applies it with <see cref="IObjective.Move"/> and checks the stop rules.
    /// </summary>
    void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement);
}
