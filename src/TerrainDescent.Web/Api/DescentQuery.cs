using System.Globalization;
using Microsoft.AspNetCore.Http;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Web.Api;

/// <summary>
/// A validated descent request: the start in WGS84 degrees, the methods, their options and the snap radius.
/// Parameters: <c>lat</c>, <c>lon</c> (required), <c>methods</c> (comma-separated, default hill-walker and
/// momentum), every method parameter of <see cref="MethodParameters"/> by its name (<c>alpha</c>, <c>gamma</c>,
/// <c>eta</c>, <c>beta1</c>, <c>beta2</c>, <c>decay</c>, <c>epsilon</c>, <c>lineSearchAlpha</c>,
/// <c>lineSearchMaxStep</c>, <c>armijoC</c>, <c>backtrack</c>), <c>seaLevel</c>, <c>maxSteps</c>, <c>snapRadius</c>.
/// Absent parameters take the <see cref="DescentOptions"/> defaults; any other parameter, an empty value or a
/// number not written plainly is refused (see <see cref="QueryReader"/>).
/// </summary>
/// <param name="LatitudeDegrees">Start latitude, −90..90.</param>
/// <param name="LongitudeDegrees">Start longitude, −180..180.</param>
/// <param name="Methods">The methods to run, in the order given.</param>
/// <param name="Options">The validated descent options.</param>
/// <param name="SnapRadiusMetres">Move the start to the highest sample within this radius; 0 = off.</param>
public sealed record DescentQuery(double LatitudeDegrees, double LongitudeDegrees, IReadOnlyList<IDescentMethod> Methods, DescentOptions Options, double SnapRadiusMetres)
{
    /// <summary>
    /// The largest step budget one request may ask for, per method: with every method that is at most 1.6 million
    /// steps (about a second of one core and 40 MB of path), so one request cannot hold the server for long.
    /// </summary>
    public const int MaxStepsLimit = 200_000;

    /// <summary>The largest snap radius one request may ask for, metres.</summary>
    public const double SnapRadiusLimitMetres = 20_000;

    /// <summary>The methods run when none are named.</summary>
    public const string DefaultMethods = "hill-walker,momentum";

    /// <summary>Every parameter a descent route takes.</summary>
    public static IReadOnlyList<string> KnownNames { get; } =
        ["lat", "lon", "methods", .. MethodParameters.All.Select(p => p.Name), "seaLevel", "maxSteps", "snapRadius"];

    /// <summary>Parses and validates <paramref name="query"/>; throws <see cref="ApiInputException"/> on the first problem.</summary>
    public static DescentQuery Parse(IQueryCollection query)
    {
        var reader = new QueryReader(query, KnownNames);
        var latitude = reader.RequiredNumber("lat", -90, 90, "52.6175");
        var longitude = reader.RequiredNumber("lon", -180, 180, "-6.7797");
        var (methods, options, snapRadius) = ParseRun(reader);
        return new DescentQuery(latitude, longitude, methods, options, snapRadius);
    }

    /// <summary>
    /// Reads what every start of a request shares: the methods, the descent options and the snap radius (the
    /// descent and batch routes both take these); throws <see cref="ApiInputException"/> on the first problem.
    /// </summary>
    public static (IReadOnlyList<IDescentMethod> Methods, DescentOptions Options, double SnapRadiusMetres) ParseRun(QueryReader reader)
    {
        var methodList = reader.Text("methods");
        var methods = DescentMethods.Parse(methodList ?? DefaultMethods, out var methodError)
            ?? throw new ApiInputException($"methods: {methodError}");
        var options = new DescentOptions
        {
            SeaLevelMetres = reader.Number("seaLevel", DescentOptions.DefaultSeaLevelMetres, -12_000, 9_000, "4"),
            MaxSteps = reader.WholeNumber("maxSteps", DescentOptions.DefaultMaxSteps, 1, MaxStepsLimit),
        };
        foreach (var parameter in MethodParameters.All)
        {
            var example = parameter.DefaultValue.ToString(CultureInfo.InvariantCulture);
            options = parameter.With(options, reader.Number(parameter.Name, parameter.DefaultValue, double.MinValue, double.MaxValue, example));

            // Everything set before was valid, so a problem now is this parameter's: name it as the query does.
            var problem = options.Validate();
            if (problem is not null)
            {
                throw new ApiInputException(problem.StartsWith(parameter.Name, StringComparison.Ordinal) ? problem : $"{parameter.Name}: {problem}");
            }
        }

        var snapRadius = reader.Number("snapRadius", 0, 0, SnapRadiusLimitMetres, "200");
        return (methods, options, snapRadius);
    }
}
