using System.Runtime.InteropServices;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Tests.Native;

/// <summary>The release rules every GDAL handle inherits, checked with a handle that counts its frees.</summary>
public sealed class GdalHandleTests
{
    [Fact]
    public void Dispose_CalledTwice_FreesOnce()
    {
        var handle = new CountingHandle(new IntPtr(0x1000), owner: null);

        handle.Dispose();
        handle.Dispose();

        Assert.Equal(1, handle.Frees);
        Assert.True(handle.IsClosed);
    }

    [Fact]
    public void Dispose_InvalidHandle_FreesNothing()
    {
        var handle = new CountingHandle(IntPtr.Zero, owner: null);

        handle.Dispose();
        handle.Dispose();

        Assert.True(handle.IsInvalid);
        Assert.Equal(0, handle.Frees);
    }

    [Fact]
    public void Dispose_OwnerBeforeBorrowed_FreesOwnerOnlyWhenTheLoanEnds()
    {
        var owner = new CountingHandle(new IntPtr(0x1000), owner: null);
        var borrowed = new CountingHandle(new IntPtr(0x2000), owner);

        owner.Dispose();
        var freesWhileBorrowed = owner.Frees;
        borrowed.Dispose();
        borrowed.Dispose();
        owner.Dispose();

        Assert.Equal(0, freesWhileBorrowed);
        Assert.Equal(1, owner.Frees);
        Assert.Equal(1, borrowed.Frees);
    }

    [Fact]
    public void Borrow_InvalidHandle_HoldsNoReferenceOnItsOwner()
    {
        var owner = new CountingHandle(new IntPtr(0x1000), owner: null);
        using var borrowed = new CountingHandle(IntPtr.Zero, owner);

        owner.Dispose();

        Assert.Equal(1, owner.Frees);
    }

    [Fact]
    public void Borrow_FromDisposedOwner_Throws()
    {
        var owner = new CountingHandle(new IntPtr(0x1000), owner: null);
        owner.Dispose();

        Assert.Throws<ObjectDisposedException>(() => new CountingHandle(new IntPtr(0x2000), owner));
    }

    /// <summary>A handle around a fake pointer that GDAL never sees; it counts how often it was freed.</summary>
    private sealed class CountingHandle(IntPtr handle, SafeHandle? owner) : GdalHandle(handle, owner)
    {
        public int Frees { get; private set; }

        protected override void Free(IntPtr handle) => Frees++;
    }
}
