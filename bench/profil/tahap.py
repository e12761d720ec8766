#!/usr/bin/env python3
"""Splits the host's busy CPU under write load (a dotnet-trace speedscope of the sample profiler) by stage of an
accepted write: the PUT request (and its parts), delivery (outbox dispatcher + Kinerja's inbox), the recompute, and
what belongs to no one request (thread-pool spinning, GC, the rest). Busy = a CPU_TIME leaf, or UNMANAGED_CODE_TIME
under a frame that is not a wait (as bench/profil/ringkas.py counts it). With the host's CPU ms per accepted write
(bench/load/cpu-tulis.sh) the shares become ms per write: pass it as the second argument.
usage: bench/profil/tahap.py file.speedscope.json [cpu ms per accepted write]"""
import os, sys, collections

f = sys.argv[1]
per_tulis = float(sys.argv[2]) if len(sys.argv) > 2 else None
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sampel import muat
names, d, sampel = muat(f)

# Stage: the first rule whose substring occurs on the stack (checked in this order).
TAHAP = [
    ('delivery: outbox dispatcher', ('Renstra.Shared.Outbox.OutboxDispatcher',)),
    ('delivery: Kinerja inbox', ('TerimaLembarDataBidang', 'Renstra.Shared.Inbox')),
    ('recompute', ('Renstra.Modules.Kinerja.Computation', 'PemrosesHitungUlang')),
    ('PUT request', ('HttpProtocol+<ProcessRequests>d', 'SocketConnection+<DoSend>d', 'SocketConnection+<DoReceive>d',
                     'HttpConnection', 'Renstra.Modules.Bidang')),
    ('group-commit flush thread', ('KomitBersama',)),
    ('thread pool: work items of no stage above', ('ThreadPoolWorkQueue.Dispatch',)),
    ('thread pool: spinning for work (a worker outside any work item)', ('PortableThreadPool+WorkerThread',)),
    ('Hangfire machinery', ('Hangfire',)),
    ('sockets (epoll thread)', ('SocketAsyncEngine',)),
]
# Parts of the PUT request: the first match from the leaf upwards (the innermost named part).
DEEL = [
    ('SQLite (native) + ADO', ('SQLitePCL', 'Microsoft.Data.Sqlite')),
    ('EF Core: SaveChanges, tracking, update pipeline', ('Microsoft.EntityFrameworkCore.ChangeTracking', 'Microsoft.EntityFrameworkCore.Update',
                                                        'DbContext.SaveChanges', 'StateManager', 'InternalEntityEntry')),
    ('EF Core: queries', ('Microsoft.EntityFrameworkCore.Query', 'Microsoft.EntityFrameworkCore.Storage')),
    ('EF Core: other (context, interceptors, diagnostics)', ('Microsoft.EntityFrameworkCore',)),
    ('audit', ('Renstra.Shared.Audit',)),
    ('JWT / authentication / session', ('Microsoft.IdentityModel', 'System.IdentityModel', 'JwtBearer', 'Authentication', 'ValidasiSesi')),
    ('authorization', ('Authorization',)),
    ('JSON', ('System.Text.Json',)),
    ('validation (FluentValidation, PemeriksaNilai)', ('FluentValidation', 'PemeriksaNilai')),
    ('Kinerja facade (AturanDataBidang)', ('AturanDataBidang',)),
    ('logging', ('Microsoft.Extensions.Logging',)),
    ('Kestrel, sockets, routing (the rest of the request)', ('Microsoft.AspNetCore', 'System.Net', 'System.IO.Pipelines')),
]

def eerste(stack, regels, van_onder):
    volgorde = reversed(stack) if van_onder else stack
    for g in volgorde:
        n = names[g]
        for naam, subs in regels:
            if any(s in n for s in subs): return naam
    return None

DETAIL = os.environ.get('TAHAP_DETAIL')  # a stage or part name: print its hottest leaf frames too
detail = collections.Counter()
tahap = collections.Counter(); deel = collections.Counter(); total = 0.0
for stack, _, dt in sampel():
    total += dt
    s = None
    for naam, subs in TAHAP:
        if any(any(x in names[g] for x in subs) for g in stack): s = naam; break
    s = s or 'other'
    tahap[s] += dt
    k = None
    if s == 'PUT request':
        k = eerste(stack, DEEL, True) or 'the request\'s own code (handlers, Mediator, rest)'
        deel[k] += dt
    if DETAIL and DETAIL in (s, k): detail[' <- '.join(names[g].split('!')[-1][:60] for g in reversed(stack[-4:]))] += dt

def baris(naam, v):
    ms = f' {per_tulis * v / total:5.2f} ms' if per_tulis else ''
    print(f'{100 * v / total:6.1f}%{ms}  {naam}')

print(f'busy time {total:.0f} ms' + (f'; {per_tulis} ms CPU per accepted write' if per_tulis else ''))
for naam, v in tahap.most_common(): baris(naam, v)
print('== the PUT request, by part')
for naam, v in deel.most_common(): baris('  ' + naam, v)
if DETAIL:
    print(f'== {DETAIL}: hottest stacks (leaf first)')
    for naam, v in detail.most_common(15): baris(naam, v)
