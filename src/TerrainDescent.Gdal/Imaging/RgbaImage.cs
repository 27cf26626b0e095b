namespace TerrainDescent.Gdal.Imaging;

/// <summary>
/// A picture in memory: <see cref="Width"/> × <see cref="Height"/> pixels, row-major from the top row, four bytes
/// per pixel (red, green, blue, alpha; alpha 0 is transparent, 255 opaque). Not thread-safe while painted.
/// </summary>
public sealed class RgbaImage
{
    /// <summary>A transparent image of the given size (both at least 1 pixel).</summary>
    public RgbaImage(int width, int height)
        : this(width, height, new byte[checked(width * height * 4)])
    {
    }

    /// <summary>An image over <paramref name="pixels"/> (not copied), which must hold width × height × 4 bytes.</summary>
    public RgbaImage(int width, int height, byte[] pixels)
    {
        if (width < 1 || height < 1)
        {
            throw new ArgumentException($"an image needs at least 1×1 pixels, not {width}×{height}");
        }

        if (pixels.Length != (long)width * height * 4)
        {
            throw new ArgumentException($"expected {(long)width * height * 4} bytes of RGBA, got {pixels.Length}");
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The RGBA bytes, row-major from the top row.</summary>
    public byte[] Pixels { get; }

    /// <summary>Whether (x, y) is a pixel of the image.</summary>
    public bool Contains(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height;

    /// <summary>The (red, green, blue, alpha) of pixel (x, y).</summary>
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 4;
            return (Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
        }
    }

    /// <summary>
    /// Paints colour (r, g, b) with opacity <paramref name="alpha"/> (0–255) over pixel (x, y), Porter–Duff
    /// "source over"; pixels outside the image are ignored.
    /// </summary>
    public void Blend(int x, int y, byte r, byte g, byte b, byte alpha)
    {
        if (!Contains(x, y) || alpha == 0)
        {
            return;
        }

        var i = (y * Width + x) * 4;
        var sourceAlpha = alpha / 255.0;
        var destinationAlpha = Pixels[i + 3] / 255.0;
        var outAlpha = sourceAlpha + destinationAlpha * (1 - sourceAlpha);
        Pixels[i] = Mix(r, Pixels[i], sourceAlpha, destinationAlpha, outAlpha);
        Pixels[i + 1] = Mix(g, Pixels[i + 1], sourceAlpha, destinationAlpha, outAlpha);
        Pixels[i + 2] = Mix(b, Pixels[i + 2], sourceAlpha, destinationAlpha, outAlpha);
        Pixels[i + 3] = (byte)Math.Round(outAlpha * 255);
    }

    /// <summary>Paints every pixel of the image <paramref name="layer"/> of the same size over this one.</summary>
    public void Overlay(RgbaImage layer)
    {
        if (layer.Width != Width || layer.Height != Height)
        {
            throw new ArgumentException($"overlay is {layer.Width}×{layer.Height}, image is {Width}×{Height}");
        }

        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (r, g, b, a) = layer[x, y];
                Blend(x, y, r, g, b, a);
            }
        }
    }

    private static byte Mix(byte source, byte destination, double sourceAlpha, double destinationAlpha, double outAlpha) =>
        outAlpha <= 0 ? (byte)0 : (byte)Math.Round((source * sourceAlpha + destination * destinationAlpha * (1 - sourceAlpha)) / outAlpha);
}
