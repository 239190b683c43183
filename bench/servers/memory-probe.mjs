/**
 * Preloaded into a server the bench measures (`node --expose-gc --import ./memory-probe.mjs ...`):
 * on the IPC message "memory" it collects garbage and answers with process.memoryUsage(). Adds
 * nothing else to the process.
 */
process.on("message", (message) => {
  if (message !== "memory") return;
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  process.send?.({ memory: process.memoryUsage() });
});
// The IPC channel must not keep the server alive by itself, nor stop it exiting on SIGTERM.
process.channel?.unref();
