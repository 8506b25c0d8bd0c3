// Lints a JSON document on a worker thread while the main thread models and emits it.
import { parentPort, workerData } from "node:worker_threads";
import { lintConfig, lintParsed } from "./lint.mjs";

const { absolutePath, text, mimeType } = workerData;
try {
  // The main thread parsed this text already, and found no `$ref` leaving the document: nothing to resolve.
  const summary = await lintParsed({ absolutePath, text, mimeType, parsed: JSON.parse(text) }, await lintConfig());
  parentPort.postMessage({ summary });
} catch (error) {
  parentPort.postMessage({ crash: error instanceof Error ? error.message : String(error) });
}
