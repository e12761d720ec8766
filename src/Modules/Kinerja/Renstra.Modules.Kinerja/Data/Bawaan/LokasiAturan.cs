using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Renstra.Shared.Hosting;

namespace Renstra.Modules.Kinerja.Data.Bawaan;

/// <summary>Where the shipped rules are (<see cref="LokasiAturanBawaan"/>), looked up once.</summary>
internal sealed class LokasiAturan(IConfiguration configuration, IHostEnvironment environment)
{
    private string? _direktori;

    public string Direktori => _direktori ??= LokasiAturanBawaan.Cari(configuration, environment);
}
