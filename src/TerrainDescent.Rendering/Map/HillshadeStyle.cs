namespace TerrainDescent.Rendering.Map;

/// <summary>
/// The shading laid over the colour ramp: light from <see cref="AzimuthDegrees"/> (clockwise from north) at
/// <see cref="AltitudeDegrees"/> above the horizon, slopes exaggerated by <see cref="ZFactor"/>.
/// </summary>
/// <param name="AzimuthDegrees">Direction the light comes from, degrees clockwise from north.</param>
/// <param name="AltitudeDegrees">Sun height above the horizon, degrees.</param>
/// <param name="ZFactor">Vertical exaggeration applied to the metric slopes.</param>
/// <param name="Strength">0 = flat colours, 1 = full shading.</param>
public sealed record HillshadeStyle(double AzimuthDegrees, double AltitudeDegrees, double ZFactor, double Strength);
