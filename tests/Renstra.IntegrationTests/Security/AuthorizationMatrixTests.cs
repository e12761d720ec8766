using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Renstra.IntegrationTests.Infrastructure;

namespace Renstra.IntegrationTests.Security;

/// <summary>
/// Every endpoint the app has (read from its own endpoint table) × anonymous, Admin, Pimpinan and the
/// three operators → the answer <see cref="AuthorizationMatrix"/> expects. Adding an endpoint without a
/// policy, or without a row in the table, fails here.
/// </summary>
public sealed class AuthorizationMatrixTests(RenstraAppFixture fixture) : IClassFixture<RenstraAppFixture>
{
    private static readonly string?[] Users =
    [
        null, RenstraApp.Admin, RenstraApp.Pimpinan, RenstraApp.OperatorNaker, RenstraApp.OperatorKukm, RenstraApp.OperatorSekretariat,
    ];

    private readonly RenstraApp _app = fixture.App;

    private IReadOnlyList<RouteEndpoint> AllEndpoints()
    {
        using var client = _app.CreateClient(); // starts the server
        return _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    /// <summary>The web UI's CSS/JS: one endpoint per fingerprint and encoding, so they are not rows of the table.</summary>
    private static bool IsStaticAsset(RouteEndpoint e) => e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    private IReadOnlyList<(string Key, RouteEndpoint Endpoint)> Endpoints() =>
        AllEndpoints()
            .Where(e => !IsStaticAsset(e))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Where(m => m != "HEAD" && m != "OPTIONS")
                .Select(m => ($"{m} {Normalize(e.RoutePattern.RawText)}", e)))
            .DistinctBy(x => x.Item1)
            .OrderBy(x => x.Item1, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task Static_files_are_only_the_web_UI_s_own_and_open_to_anyone()
    {
        var assets = AllEndpoints().Where(IsStaticAsset).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, e =>
        {
            Assert.StartsWith("_content/Renstra.Web/", e.RoutePattern.RawText?.TrimStart('/'), StringComparison.Ordinal);
            Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>());
        });
        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        var css = assets.First(e => e.RoutePattern.RawText!.EndsWith(".css", StringComparison.Ordinal));
        var response = await anonymous.GetAsync("/" + css.RoutePattern.RawText!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(":root", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // not an empty 200
    }

    private static string Normalize(string? pattern) => "/" + (pattern ?? "").TrimStart('/');

    [Fact]
    public void Every_endpoint_has_a_row_and_every_row_an_endpoint()
    {
        var keys = Endpoints().Select(e => e.Key).ToHashSet();
        var missing = keys.Except(AuthorizationMatrix.Table.Keys).ToList();
        var stale = AuthorizationMatrix.Table.Keys.Except(keys).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in AuthorizationMatrix.Table: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows whose endpoint no longer exists: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_endpoint_declares_a_policy_or_anonymous_access()
    {
        var undeclared = Endpoints()
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null &&
                        !e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
            .Select(e => e.Key)
            .ToList();
        Assert.True(undeclared.Count == 0, "Endpoints with neither a policy nor AllowAnonymous: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_the_table_says()
    {
        var failures = new List<string>();
        foreach (var (key, endpoint) in Endpoints())
        {
            if (!AuthorizationMatrix.Table.TryGetValue(key, out var akses)) continue; // reported by the test above
            var method = key[..key.IndexOf(' ', StringComparison.Ordinal)];
            var path = Fill(endpoint.RoutePattern.RawText);
            foreach (var user in Users)
            {
                using var client = user is null
                    ? _app.CreateClient(new() { AllowAutoRedirect = false })
                    : await _app.ClientForAsync(user);
                using var request = new HttpRequestMessage(new HttpMethod(method == "*" ? "GET" : method), path);
                if (method is "POST" or "PUT" or "PATCH")
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var who = user ?? "anonim";
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{key} as {who}: {status}");
                else if (AuthorizationMatrix.Allows(akses, user))
                {
                    if (status is 401 or 403) failures.Add($"{key} as {who}: expected access, got {status}");
                }
                else
                {
                    var expected = user is null
                        ? akses is Akses.Halaman ? HttpStatusCode.Redirect : HttpStatusCode.Unauthorized
                        : HttpStatusCode.Forbidden;
                    if (response.StatusCode != expected) failures.Add($"{key} as {who}: expected {(int)expected}, got {status}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string Fill(string? pattern) =>
        Regex.Replace(Normalize(pattern), @"\{\**(?<name>[A-Za-z]+)(:[^}?]*)?\??\}", m =>
            AuthorizationMatrix.SampleRouteValues.TryGetValue(m.Groups["name"].Value, out var value)
                ? value
                : throw new InvalidOperationException($"No sample value for route parameter '{m.Groups["name"].Value}' in {pattern}; add one to AuthorizationMatrix.SampleRouteValues."));
}
