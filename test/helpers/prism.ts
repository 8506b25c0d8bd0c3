// Starts Prism's mock server on 127.0.0.1 in request-validation mode: a request that breaks the spec gets an error.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { ROOT } from "./cli.js";

/** A running Prism mock. */
export interface PrismServer {
  url: string;
  /** Prism's log so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `prism mock --errors` for `spec` and waits until it listens. */
export async function startPrism(spec: string): Promise<PrismServer> {
  const port = await freePort();
  const bin = path.join(ROOT, "node_modules/@stoplight/prism-cli/dist/index.js");
  const child: ChildProcess = spawn(process.execPath, [bin, "mock", spec, "--host", "127.0.0.1", "--port", String(port), "--errors"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
