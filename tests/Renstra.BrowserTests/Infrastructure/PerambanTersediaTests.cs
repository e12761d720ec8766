namespace Renstra.BrowserTests.Infrastructure;

/// <summary>The one test that fails, with one sentence, when the browser tests cannot run.</summary>
public sealed class PerambanTersediaTests
{
    [Fact]
    public void Chromium_tersedia_untuk_uji_peramban()
    {
        Assert.True(Peramban.Kendala is null, Peramban.Kendala);
    }
}
