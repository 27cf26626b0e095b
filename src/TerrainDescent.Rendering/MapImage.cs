using System.Runtime.InteropServices;
using SkiaSharp;

namespace TerrainDescent.Rendering;

/// <summary>
/// A picture in memory: <see cref="Width"/> × <see cref="Height"/> pixels, row-major from the top row, four bytes
/// per pixel (red, green, blue, alpha, not premultiplied; alpha 0 is transparent, 255 opaque). PNG through Skia.
/// </summary>
public sealed class MapImage
{
    /// <summary>A transparent image of the given size (both at least 1 pixel).</summary>
    public MapImage(int width, int height)
        : this(width, height, new byte[checked(width * height * 4)])
    {
    }

    /// <summary>An image over <paramref name="pixels"/> (not copied), which must hold width × height × 4 bytes.</summary>
    public MapImage(int width, int height, byte[] pixels)
    {
        if (width < 1 || height < 1 || pixels.Length != (long)width * height * 4)
        {
            throw new ArgumentException($"an image needs at least 1×1 pixels and 4 bytes each, not {width}×{height} over {pixels.Length} bytes");
        }

        (Width, Height, Pixels) = (width, height, pixels);
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The RGBA bytes, row-major from the top row.</summary>
    public byte[] Pixels { get; }

    /// <summary>The (red, green, blue, alpha) of pixel (x, y).</summary>
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 4;
            return (Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
        }
    }

    /// <summary>How many pixels are not fully transparent (alpha above zero).</summary>
    public int VisiblePixels()
    {
        var count = 0;
        for (var i = 3; i < Pixels.Length; i += 4)
        {
            count += Pixels[i] > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// <paramref name="top"/> with <paramref name="bottom"/> below it, as one picture; both must be the same width.
    /// </summary>
    public static MapImage Stack(MapImage top, MapImage bottom)
    {
        if (top.Width != bottom.Width)
        {
            throw new ArgumentException($"pictures {top.Width} and {bottom.Width} pixels wide cannot be stacked", nameof(bottom));
        }

        return new MapImage(top.Width, top.Height + bottom.Height, [.. top.Pixels, .. bottom.Pixels]);
    }

    /// <summary>Decodes PNG (or any format Skia reads) bytes; throws <see cref="ArgumentException"/> when they are none.</summary>
    public static MapImage DecodePng(byte[] bytes)
    {
        using var bitmap = SKBitmap.Decode(bytes) ?? throw new ArgumentException("not a readable image");
        return FromBitmap(bitmap);
    }

    /// <summary>The PNG bytes of the image, encoded by Skia.</summary>
    public byte[] EncodePng()
    {
        using var bitmap = ToBitmap();
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A Skia bitmap holding a copy of the pixels (unpremultiplied RGBA); the caller disposes it.</summary>
    internal SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Marshal.Copy(Pixels, 0, bitmap.GetPixels(), Pixels.Length);
        return bitmap;
    }

    /// <summary>The pixels of <paramref name="bitmap"/>, converted to unpremultiplied RGBA.</summary>
    internal static MapImage FromBitmap(SKBitmap bitmap)
    {
        var info = new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var image = new MapImage(bitmap.Width, bitmap.Height);
        var handle = GCHandle.Alloc(image.Pixels, GCHandleType.Pinned);
        try
        {
            using var pixmap = bitmap.PeekPixels();
            if (!pixmap.ReadPixels(info, handle.AddrOfPinnedObject(), info.RowBytes, 0, 0))
            {
                throw new InvalidOperationException("Skia could not convert the picture to RGBA");
            }
        }
        finally
        {
            handle.Free();
        }

        return image;
    }
}
