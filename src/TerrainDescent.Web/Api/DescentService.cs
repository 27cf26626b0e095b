using System.Diagnostics;
using TerrainDescent.Application.Descents;
using TerrainDescent.Application.Inputs;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Runs a validated request on a scene through the application's <see cref="DescentFromStart"/> use case (the one
/// <c>descend</c> and <c>render</c> run) and times it. Thread-safe: each path has its own reader and state.
/// </summary>
public sealed class DescentService(TerrainScene scene)
{
    /// <summary>
    /// The paths for <paramref name="query"/>. Throws <see cref="ApiInputException"/> when the start is off every
    /// tile or in a void. <paramref name="cancellation"/> is checked before each method (a client gone, a time
    /// budget spent).
    /// </summary>
    public DescentOutcome Run(DescentQuery query, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        DescentResult result;
        try
        {
            result = DescentFromStart.Run(
                scene.Terrain,
                new DescentRequest(query.LongitudeDegrees, query.LatitudeDegrees, query.Methods, query.Options, query.SnapRadiusMetres),
                cancellation);
        }
        catch (UserInputException e)
        {
            throw new ApiInputException(e.Message);
        }

        return new DescentOutcome(query, result.Start, result.Snapped, result.Paths, clock.Elapsed.TotalMilliseconds, result.Descender);
    }
}
