// A worker thread of the format stage: formats chunks with prettier, one message per chunk.
// Plain JavaScript so it starts under any loader (tsx, vitest, plain node).
import { parentPort } from "node:worker_threads";
import { formatChunk } from "./format-chunk.mjs";

parentPort.on("message", async ({ id, text, options }) => {
  try {
    parentPort.postMessage({ id, text: await formatChunk(text, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
