#!/usr/bin/env python3
"""Summarise a dotnet-trace speedscope (sample profiler) file by CPU: a slice counts when its leaf is CPU_TIME (managed)
or UNMANAGED_CODE_TIME under a frame that is not a wait (native work: SQLite, socket syscalls). Exclusive time goes to
the frame under the pseudo-frame; inclusive to every distinct frame on the stack. Shares are of all busy time.
A second column gives the share of request work (Kestrel's ProcessRequests + DoSend + DoReceive).
usage: bench/profil/ringkas.py file.speedscope.json [top=40] [grep-substring...]"""
import json, os, sys, collections
f = sys.argv[1]; top = int(sys.argv[2]) if len(sys.argv) > 2 else 40; greps = sys.argv[3:]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sampel import muat
names, d, sampel = muat(f)
incl = collections.Counter(); excl = collections.Counter(); total = 0.0
for stack, native, dt in sampel():
    total += dt; excl[(stack[-1], native)] += dt
    for g in set(stack): incl[g] += dt
print(f'busy time {total:.0f} ms')
print('== inclusive')
for i, v in incl.most_common(top): print(f'{100*v/total:6.2f}%  {names[i][:170]}')
print('== exclusive (n = native)')
for (i, n), v in excl.most_common(top): print(f'{100*v/total:6.2f}% {"n" if n else " "} {names[i][:170]}')
ROOTS = ('HttpProtocol+<ProcessRequests>d', 'SocketConnection+<DoSend>d', 'SocketConnection+<DoReceive>d')
werk = sum(max((v for i, v in incl.items() if r in names[i] and 'MoveNext' in names[i]), default=0) for r in ROOTS) or total
for g in greps:
    print(f'== inclusive, frames matching "{g}" (share of busy time, share of request work)')
    for i, v in sorted(((i, v) for i, v in incl.items() if g.lower() in names[i].lower()), key=lambda x: -x[1])[:25]:
        print(f'{100*v/total:6.2f}% {100*v/werk:6.2f}%  {names[i][:170]}')
import os
if os.environ.get('CALLERS'):
    tgt = os.environ['CALLERS']; calls = collections.Counter()
    for p in d['profiles']:
        stack = []; last = None
        for e in p['events']:
            t = e['at']
            if last is not None and len(stack) >= 2:
                idx = [k for k, g in enumerate(stack) if tgt in names[g]]
                if idx and idx[0] >= 3:
                    k = idx[0]; calls[tuple(stack[max(0, k-4):k])] += t - last
            last = t
            if e['type'] == 'O': stack.append(e['frame'])
            else:
                while stack and stack.pop() != e['frame']: pass
    print(f'== callers of {tgt}')
    for c, v in calls.most_common(8): print(f'{100*v/total:6.2f}%  ' + '  <-  '.join(names[g].split('!')[-1][:90] for g in reversed(c)))
