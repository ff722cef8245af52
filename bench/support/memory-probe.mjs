import { readFileSync } from 'node:fs';

// Preloaded into a process a benchmark starts (`node --import ./bench/support/memory-probe.mjs`),
// so that it can ask, over the IPC channel, how that process uses its memory without the process's
// own code knowing. Plain JavaScript: it goes into the built program, which runs without tsx. It
// also samples memory every 50 ms, so that the answer says what the peak was made of.
const peaks = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sample = () => {
  const now = process.memoryUsage();
  for (const key of Object.keys(peaks)) peaks[key] = Math.max(peaks[key], now[key]);
};
setInterval(sample, 50).unref();

/**
 * What the resident pages are (Linux): files mapped in (node's own binary and libraries: shared,
 * and dropped first when memory is short), the main malloc heap (SQLite, native code), and the
 * other anonymous memory (V8's heaps, WebAssembly, other malloc arenas, thread stacks).
 */
function residentParts() {
  let text;
  try {
    text = readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return null;
  }
  const parts = { files: 0, mallocHeap: 0, anonymous: 0 };
  let part = 'anonymous';
  for (const line of text.split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) part = mapping[1] === '[heap]' ? 'mallocHeap' : mapping[1].startsWith('/') ? 'files' : 'anonymous';
    else if (line.startsWith('Rss:')) parts[part] += Number(line.slice(4).trim().split(' ')[0]) * 1024;
  }
  return parts;
}

process.on('message', (message) => {
  if (!message?.memory) return;
  sample();
  const before = process.memoryUsage();
  const parts = residentParts();
  // With --expose-gc: what is still reachable, apart from garbage not yet collected.
  globalThis.gc?.();
  process.send?.({ memory: before, parts, live: process.memoryUsage(), peakRss: process.resourceUsage().maxRSS * 1024, peaks: { ...peaks } });
});
// The listener above must not keep the process alive once the rest of it has stopped.
process.channel?.unref();
