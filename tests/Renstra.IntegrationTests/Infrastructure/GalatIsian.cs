using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>What a refused request must look like to its caller: 400, ProblemDetails, the field named with an Indonesian message.</summary>
public static class GalatIsian
{
    /// <summary>Asserts that <paramref name="response"/> is a 400 ProblemDetails whose <c>errors.{field}</c> says <paramref name="pesan"/>.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, string field, string pesan)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(pesan, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        return problem;
    }
}
