"""The busy samples of a dotnet-trace speedscope (sample profiler), shared by ringkas.py and tahap.py: a slice counts
when its leaf is CPU_TIME (managed) or UNMANAGED_CODE_TIME under a frame that is not a wait (native work: SQLite,
socket syscalls)."""
import json

WAIT = ('WaitNative', 'WaitForSignal', 'WaitForSocketEvents', 'Monitor.Wait', 'WaitOneNoCheck', 'WaitMultiple', 'Thread.Sleep',
        'SleepInternal', 'WaitCore', 'ManualResetEventSlim.Wait', 'Interop+Sys.Read(', 'Interop+Sys.Poll', 'Semaphore', 'Wait(',
        'WaitAnyMultiple', 'PollGC', 'Hangfire.')


def muat(f):
    """(frame names, generator of (stack of frame indices without the pseudo-frame, leaf is native, ms))."""
    d = json.load(open(f))
    names = [fr['name'] for fr in d['shared']['frames']]
    iswait = [any(w in n for w in WAIT) for n in names]
    cpu = {i for i, n in enumerate(names) if n == 'CPU_TIME'}
    unm = {i for i, n in enumerate(names) if n == 'UNMANAGED_CODE_TIME'}

    def sampel():
        for p in d['profiles']:
            stack = []; last = None
            for e in p['events']:
                t = e['at']
                if last is not None and len(stack) >= 2:
                    leaf = stack[-1]; parent = stack[-2]
                    if leaf in cpu or (leaf in unm and not iswait[parent]):
                        yield stack[:-1], leaf in unm, t - last
                last = t
                if e['type'] == 'O': stack.append(e['frame'])
                else:
                    while stack and stack.pop() != e['frame']: pass

    return names, d, sampel
