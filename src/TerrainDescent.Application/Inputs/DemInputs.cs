namespace TerrainDescent.Application.Inputs;

/// <summary>
/// Turns the DEM arguments of a command (files, folders, bare tile names; none means the default tile) into the
/// paths to catalogue.
/// </summary>
public static class DemInputs
{
    /// <summary>The paths, in the order given; throws a one-line error for a missing input.</summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string>? arguments) =>
        arguments is null || arguments.Count == 0
            ? [DemLocator.Resolve(null)]
            : arguments.Select(DemLocator.Resolve).ToList();
}
