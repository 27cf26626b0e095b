namespace TerrainDescent.Web.Api;

/// <summary>The server cannot take the request now; answered 503 with <c>Retry-After</c> and this one-line reason.</summary>
public sealed class ServerBusyException(string message) : Exception(message);
