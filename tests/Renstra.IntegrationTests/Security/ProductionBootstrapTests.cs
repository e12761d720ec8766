using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

public sealed class ProductionBootstrapTests
{
    private sealed class ProductionApp(string? adminPassword) : RenstraApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Renstra:Admin:Email", "kepala.it@beltim.go.id");
            if (adminPassword is not null) builder.UseSetting("Renstra:Admin:Password", adminPassword);
        }
    }

    [Theory]
    [InlineData("admin123")]
    [InlineData("Renstra#2026")]
    [InlineData(null)]
    public void Production_refuses_to_start_without_a_strong_admin_password(string? password)
    {
        using var app = new ProductionApp(password);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Renstra:Admin", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_starts_with_the_configured_admin_and_no_demo_users()
    {
        using var app = new ProductionApp("Beltim!Kuat2026x");
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://renstra.beltim.go.id") });
        var admin = await client.PostAsJsonAsync("/api/auth/login", new { email = "kepala.it@beltim.go.id", password = "Beltim!Kuat2026x" });
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var demo = await client.PostAsJsonAsync("/api/auth/login", new { email = RenstraApp.Admin, password = RenstraApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        Assert.True(admin.Headers.Contains("Strict-Transport-Security"));
    }
}
