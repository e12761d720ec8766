using System.Collections;

namespace Renstra.Modules.Kinerja.Computation;

/// <summary>
/// A list that grows in blocks of <see cref="UkuranBlok"/> items instead of one array: a kabupaten's recompute plans
/// ≈ 45 000 rows, and a single array of them (and every larger copy while it grows) lands on the large-object heap,
/// whose allocations bring gen2 collections.
/// </summary>
internal sealed class DaftarBerblok<T> : IReadOnlyList<T>
{
    /// <summary>8 KB of references: far below the large-object heap's 85 000 bytes.</summary>
    internal const int UkuranBlok = 1024;

    private readonly List<T[]> _blok = [];

    public int Count { get; private set; }

    public T this[int index] => (uint)index < (uint)Count
        ? _blok[index / UkuranBlok][index % UkuranBlok]
        : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T item)
    {
        if (Count % UkuranBlok == 0) _blok.Add(new T[UkuranBlok]);
        _blok[^1][Count % UkuranBlok] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _blok[i / UkuranBlok][i % UkuranBlok];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
