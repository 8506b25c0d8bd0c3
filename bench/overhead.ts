// Per-call overhead of the generated client against a bare fetch on loopback, in interleaved batches.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, updateMultipleCustomers } from "@pocketflows/client";

export interface Overhead {
  /** Median µs per call of a bare fetch. */
  fetchUs: number;
  /** The same fetch with what a timeout needs: an AbortController, its signal and a timer. */
  fetchWithTimeoutUs: number;
  /** The generated client (timeouts, retries, errors, hooks). */
  clientUs: number;
  /** client / bare fetch. */
  ratio: number;
}

/**
 * Times small batches of each variant in turn, many rounds, and takes medians: the machine drifts over a run (CPU
 * frequency, GC, the server sharing the thread), and interleaving puts every variant under the same drift.
 */
export async function measureOverhead(batch = 250, rounds = 60): Promise<Overhead> {
  const payload = JSON.stringify({ customers: [] });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(payload));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createClient({ baseUrl: base, auth: { username: "u", password: "p" } });
  const body = { customers: [{ id: "c_1", full_name: "Ada" }] };
  const bare = async (signal?: AbortSignal): Promise<void> => {
    const response = await fetch(`${base}/businesses/b_1/customers/batch_update`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Basic ${btoa("u:p")}` },
      body: JSON.stringify(body),
      signal,
    });
    if (!response.ok) throw new Error(String(response.status));
    await response.json();
  };
  const variants = {
    fetch: () => bare(),
    fetchWithTimeout: async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      await bare(controller.signal).finally(() => clearTimeout(timer));
    },
    client: async () => void (await updateMultipleCustomers(client, { path: { id: "b_1" }, body })),
  };
  const time = async (run: () => Promise<void>, calls: number): Promise<number> => {
    const started = performance.now();
    for (let i = 0; i < calls; i++) await run();
    return ((performance.now() - started) * 1000) / calls;
  };
  for (const run of Object.values(variants)) await time(run, batch * 4); // warm up every path
  const samples = { fetch: [] as number[], fetchWithTimeout: [] as number[], client: [] as number[] };
  const order = Object.entries(variants);
  for (let round = 0; round < rounds; round++) {
    // Each variant goes first, second and last in turn: whoever runs after another pays for its garbage.
    for (let i = 0; i < order.length; i++) {
      const [name, run] = order[(round + i) % order.length]!;
      samples[name as keyof typeof samples].push(await time(run, batch));
    }
  }
  server.close();
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const fetchUs = median(samples.fetch);
  const clientUs = median(samples.client);
  return { fetchUs, fetchWithTimeoutUs: median(samples.fetchWithTimeout), clientUs, ratio: clientUs / fetchUs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureOverhead();
  const percent = (us: number): string => `${((us / result.fetchUs - 1) * 100).toFixed(1)}%`;
  console.log(`bare fetch ${result.fetchUs.toFixed(1)} µs/call`);
  console.log(`fetch + AbortController + timer ${result.fetchWithTimeoutUs.toFixed(1)} µs/call (${percent(result.fetchWithTimeoutUs)})`);
  console.log(`client ${result.clientUs.toFixed(1)} µs/call (${percent(result.clientUs)})`);
}
