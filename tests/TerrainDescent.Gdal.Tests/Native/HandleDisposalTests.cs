using System.Runtime.InteropServices;
using TerrainDescent.Gdal.Native;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests.Native;

/// <summary>Every kind of real GDAL handle survives a second Dispose: no crash, no double free.</summary>
[Trait("Category", "Gdal")]
public sealed class HandleDisposalTests
{
    private const string PathsGeoJson = """
        {"type":"FeatureCollection","name":"paths","features":[
        {"type":"Feature","properties":{"method":"gd"},"geometry":{"type":"MultiLineString","coordinates":[[[-6.8,52.6,700],[-6.7,52.5,600]],[[-6.6,52.4,500],[-6.5,52.3,400]]]}}]}
        """;

    public HandleDisposalTests() => GdalLibrary.EnsureInitialised();

    [Fact]
    public void Dispose_DatasetAndBandTwice_IsHarmless()
    {
        var dataset = Open(TestData.N52W007, GdalNative.GDAL_OF_RASTER);
        var band = dataset.Band(1);
        Assert.False(band.IsInvalid);

        band.Dispose();
        band.Dispose();
        dataset.Dispose();
        dataset.Dispose();

        Assert.True(dataset.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => GdalNative.GDALGetRasterXSize(dataset));
    }

    [Fact]
    public void Band_OutlivingItsDataset_StaysReadableAndClosesItLast()
    {
        var dataset = Open(TestData.N52W007, GdalNative.GDAL_OF_RASTER);
        var band = dataset.Band(1);
        dataset.Dispose();

        // The band holds the dataset open until it is disposed itself.
        var samples = new float[4];
        var result = GdalNative.GDALRasterIO(band, GdalNative.GF_Read, 0, 0, 2, 2, samples, 2, 2, GdalNative.GDT_Float32, 0, 0);
        var closedWhileBorrowed = dataset.IsClosed;
        band.Dispose();

        Assert.Equal(0, result);
        Assert.False(closedWhileBorrowed);
        Assert.True(dataset.IsClosed);
    }

    [Fact]
    public void Dispose_LayerFeatureAndGeometriesTwice_IsHarmless()
    {
        var folder = TestData.NewTempFolder();
        var path = Path.Combine(folder, "paths.geojson");
        File.WriteAllText(path, PathsGeoJson);
        var dataset = Open(path, GdalNative.GDAL_OF_VECTOR);
        var layer = dataset.Layer(0);
        var feature = layer.NextFeature();
        var geometry = feature.Geometry();
        var part = geometry.Part(1);
        Assert.False(part.IsInvalid);

        dataset.Dispose();
        Assert.Equal(2, GdalNative.OGR_G_GetPointCount(part));
        foreach (SafeHandle handle in new SafeHandle[] { part, geometry, feature, layer, dataset })
        {
            handle.Dispose();
            handle.Dispose();
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Dispose_OwnedGeometryTwice_IsHarmless()
    {
        var text = Marshal.StringToCoTaskMemUTF8("LINESTRING (0 0, 1 1, 2 0)");
        try
        {
            var cursor = text;
            Assert.Equal(0, GdalNative.OGR_G_CreateFromWkt(ref cursor, IntPtr.Zero, out var geometry));
            Assert.Equal(3, GdalNative.OGR_G_GetPointCount(geometry));

            geometry.Dispose();
            geometry.Dispose();

            Assert.True(geometry.IsClosed);
        }
        finally
        {
            Marshal.FreeCoTaskMem(text);
        }
    }

    [Fact]
    public void Dispose_SpatialReferencesAndTransformationTwice_IsHarmless()
    {
        var source = GdalNative.OSRNewSpatialReference(null);
        var target = GdalNative.OSRNewSpatialReference(null);
        Assert.Equal(0, GdalNative.OSRImportFromEPSG(source, 32629));
        Assert.Equal(0, GdalNative.OSRImportFromEPSG(target, 4326));
        var transformation = GdalNative.OCTNewCoordinateTransformation(source, target);
        Assert.False(transformation.IsInvalid);

        foreach (SafeHandle handle in new SafeHandle[] { transformation, source, target })
        {
            handle.Dispose();
            handle.Dispose();
        }

        Assert.Throws<ObjectDisposedException>(() => GdalNative.OCTTransform(transformation, 1, [500000.0], [5800000.0], null));
    }

    [Fact]
    public void Dispose_VsiFileStringListAndTranslateOptionsTwice_IsHarmless()
    {
        var path = $"/vsimem/td-handle-{Guid.NewGuid():N}.txt";
        var file = GdalNative.VSIFOpenL(path, "wb");
        Assert.False(file.IsInvalid);
        Assert.True(file.CloseChecked());
        file.Dispose();
        var listing = GdalNative.VSIReadDir("/vsimem/");
        var arguments = GdalNative.StringList(["-f", "GPX"]);
        var options = GdalNative.GDALVectorTranslateOptionsNew(arguments, IntPtr.Zero);
        Assert.False(options.IsInvalid);

        foreach (SafeHandle handle in new SafeHandle[] { listing, options, arguments })
        {
            handle.Dispose();
            handle.Dispose();
        }

        Assert.Equal(0, GdalNative.VSIUnlink(path));
    }

    private static DatasetHandle Open(string path, uint kind)
    {
        var dataset = GdalNative.GDALOpenEx(path, kind | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        Assert.False(dataset.IsInvalid, GdalNative.LastError());
        return dataset;
    }
}
