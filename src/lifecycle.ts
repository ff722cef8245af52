// What main.ts starts and stops: the HTTP server, the channels, the outbox sender, the jobs. The
// lowest module of all (it imports nothing), so any part may implement it without a loop.

/** Something that runs until stopped. */
export interface Runnable {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
