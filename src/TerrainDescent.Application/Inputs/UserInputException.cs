namespace TerrainDescent.Application.Inputs;

/// <summary>The user's input is invalid; the message is one line naming what and why.</summary>
public sealed class UserInputException(string message) : Exception(message)
{
}
