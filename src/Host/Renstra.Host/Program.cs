using Mediator;
using Renstra.Host;
using Renstra.Host.Audit;
using Renstra.Host.Errors;
using Renstra.Host.Hosting;
using Renstra.Host.Identity;
using Renstra.Host.Identity.Features;
using Renstra.Shared.Behaviors;
using Renstra.Shared.Hosting;
using Renstra.Shared.Persistence;
using Renstra.Web;
using Scalar.AspNetCore;

// appsettings*.json are read once at start (a later --hostBuilder:reloadConfigOnChange=true turns reloading back on).
// Reloading them watches the whole content root recursively: one inotify watch and one object per directory, kept and
// grown for the life of the process, and a wake-up of the watcher thread on every write below it (issue 13).
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
DatabaseOptions.From(builder.Configuration).PastikanDidukungRuntime();

// A person reads the Development console; machines read Production's (one JSON object a line).
if (builder.Environment.IsDevelopment())
{
    builder.Logging.AddSimpleConsole(o =>
    {
        o.SingleLine = true;
        o.TimestampFormat = "HH:mm:ss ";
    });
}
else
{
    builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
}
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Renstra.Shared.Identity.ICurrentUser, HttpCurrentUser>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
var maxRequestBytes = RequestSizeLimit.Of(builder.Configuration);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxRequestBytes);
builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    // Strict input: an unknown field or a repeated key is an error the client should hear about,
    // not something silently dropped or overwritten.
    o.SerializerOptions.AllowTrailingCommas = false;
    o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.AllowDuplicateProperties = false;
    o.SerializerOptions.MaxDepth = 32;
});

builder.Services.AddRenstraProblemDetails();
builder.Services.AddRenstraIdentity(builder.Configuration);
builder.Services.AddScoped<IStartupTask, PenggunaAwal>();
builder.Services.AddModules(builder.Configuration);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies =
    [
        typeof(Program),
        typeof(Renstra.Modules.Kinerja.KinerjaModule),
        typeof(Renstra.Modules.Bidang.BidangModul),
        typeof(Renstra.Modules.KoperasiUmkm.KoperasiUmkmModule),
        typeof(Renstra.Modules.Bidang.Contracts.LembarDataDiterimaIntegrationEvent),
        typeof(Renstra.Modules.Ketenagakerjaan.Contracts.DataKetenagakerjaanDiterimaIntegrationEvent),
        typeof(Renstra.Modules.KoperasiUmkm.Contracts.DataKoperasiUmkmDiterimaIntegrationEvent),
        typeof(Renstra.Modules.Sekretariat.Contracts.DataSekretariatDiterimaIntegrationEvent),
        typeof(Renstra.Modules.Evaluasi.EvaluasiModule),
    ];
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
});
builder.Services.AddRenstraHangfire(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddRenstraWeb<Pengguna>(o => o.KebijakanBatasMasuk = AuthEndpoints.LoginRateLimit);
// The web UI's CSS/JS live in its Razor class library; this finds them in any environment when the app runs
// unpublished (Development does it by itself; a published app has them in wwwroot and this is a no-op).
builder.WebHost.UseStaticWebAssets();
builder.Services.AddBatasMasuk(builder.Configuration);
builder.Services.AddPelepasIngatanSenggang();

var app = builder.Build();

app.UseAktivitasPermintaan();
app.UseProxyDikenal(app.Configuration);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
if (app.Environment.IsProduction())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseRequestSizeLimit(maxRequestBytes);
app.UseAuthentication();
app.UseValidasiSesi();
app.UseRateLimiter();
app.UseAuthorization();

// /health/live answers without I/O (is the process serving?); /health/ready and /health check every database.
app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready").AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
// The reference is served offline: no cloud client button, no fonts from Scalar's CDN, no telemetry, no AI agent
// or MCP calls, no developer toolbar — the page loads only from this host (ScalarTests checks every request).
app.MapScalarApiReference("/scalar", o => o.WithTitle("Renstra.Modular API")
        .HideClientButton().DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp().HideDeveloperTools())
    .AllowAnonymous();
app.MapAuthEndpoints();
app.MapAuditEndpoints();
app.MapPenggunaEndpoints();
app.MapModuleEndpoints();
app.MapRenstraHangfireDashboard();
app.MapRenstraWeb();

await app.PrepareAsync(app.Lifetime.ApplicationStopping);
app.AnnounceWhereToOpen();
await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the HTTP-level tests.</summary>
public partial class Program;
