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

process.on('message', (message) => {
  if (!message?.memory) return;
  sample();
  const before = process.memoryUsage();
  // With --expose-gc: what is still reachable, apart from garbage not yet collected.
  globalThis.gc?.();
  process.send?.({ memory: before, live: process.memoryUsage(), peakRss: process.resourceUsage().maxRSS * 1024, peaks: { ...peaks } });
});
// The listener above must not keep the process alive once the rest of it has stopped.
process.channel?.unref();
