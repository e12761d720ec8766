using System.Net.Http.Headers;

namespace Renstra.IntegrationTests.Infrastructure;

/// <summary>A multipart form with one file in the field <c>berkas</c>, as the upload and import endpoints take it.</summary>
public static class FormulirBerkas
{
    public static MultipartFormDataContent Dari(byte[] isi, string nama, string jenis)
    {
        var form = new MultipartFormDataContent();
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue(jenis);
        form.Add(berkas, "berkas", nama);
        return form;
    }
}
