// Preloaded into a process a benchmark starts (`--import`), so that it can ask, over the IPC
// channel, how that process uses its memory without the process's own code knowing.
process.on('message', (message: { memory?: true }) => {
  if (!message.memory) return;
  const before = process.memoryUsage();
  // With --expose-gc: what is still reachable, apart from garbage not yet collected.
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ memory: before, live: process.memoryUsage(), peakRss: process.resourceUsage().maxRSS * 1024 });
});
// The listener above must not keep the process alive once the rest of it has stopped.
process.channel?.unref();
