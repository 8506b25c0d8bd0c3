// Per-call overhead of the generated client against a bare fetch on loopback, in alternating rounds.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, updateMultipleCustomers } from "@pocketflows/client";

/** Median time per call (µs) for a bare fetch and for the client, and the ratio client/fetch. */
export async function measureOverhead(calls = 2000, rounds = 7): Promise<{ fetchUs: number; clientUs: number; ratio: number }> {
  const payload = JSON.stringify({ customers: [] });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(payload));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createClient({ baseUrl: base, auth: { username: "u", password: "p" } });
  const body = { customers: [{ id: "c_1", full_name: "Ada" }] };
  const bare = async (): Promise<void> => {
    const response = await fetch(`${base}/businesses/b_1/customers/batch_update`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Basic ${btoa("u:p")}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(String(response.status));
    await response.json();
  };
  const viaClient = async (): Promise<void> => {
    await updateMultipleCustomers(client, { path: { id: "b_1" }, body });
  };
  const time = async (run: () => Promise<void>): Promise<number> => {
    const started = performance.now();
    for (let i = 0; i < calls; i++) await run();
    return ((performance.now() - started) * 1000) / calls;
  };
  await time(bare);
  await time(viaClient); // warm up both paths
  const fetchTimes: number[] = [];
  const clientTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    fetchTimes.push(await time(bare));
    clientTimes.push(await time(viaClient));
  }
  server.close();
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const fetchUs = median(fetchTimes);
  const clientUs = median(clientTimes);
  return { fetchUs, clientUs, ratio: clientUs / fetchUs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureOverhead();
  console.log(`bare fetch ${result.fetchUs.toFixed(1)} µs/call, client ${result.clientUs.toFixed(1)} µs/call, overhead ${((result.ratio - 1) * 100).toFixed(1)}%`);
}
