namespace TerrainDescent.Web.Api;

/// <summary>A request parameter is missing, malformed or out of range; the message says which and why, in one line.</summary>
public sealed class ApiInputException(string message) : Exception(message)
{
}
