// What auto-pagination costs: 10 000 items over 100 pages on loopback, iterated with `for await`, against the same
// pages fetched by hand with the same client (awaiting each page and passing its cursor), in interleaved rounds.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

interface Api {
  createClient(options: object): unknown;
  listByCursor(client: unknown, params?: object): PromiseLike<{ items: unknown[]; next_cursor: string | null }> & AsyncIterable<unknown>;
}

/** Median ms per full walk of the 100 pages, each way, and the median of the rounds' ratios (for await / by hand). */
export async function measurePagination(packageDir: string, rounds = 100, warmUp = 10): Promise<{ iterateMs: number; byHandMs: number; ratio: number }> {
  const api = (await import(path.join(packageDir, "index.js"))) as Api;
  const pages = Array.from({ length: 100 }, (_, page) =>
    JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ id: `i${page * 100 + i}`, n: i })), next_cursor: page < 99 ? String(page + 1) : null }),
  );
  const server = createServer((req, res) => {
    const cursor = Number(new URL(req.url ?? "/", "http://x").searchParams.get("cursor") ?? 0);
    res.writeHead(200, { "content-type": "application/json" }).end(pages[cursor]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const client = api.createClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  const iterate = async (): Promise<number> => {
    let count = 0;
    for await (const _item of api.listByCursor(client, { query: { limit: 100 } })) count++;
    return count;
  };
  const byHand = async (): Promise<number> => {
    let count = 0;
    let cursor: string | null | undefined;
    do {
      const page = await api.listByCursor(client, { query: { limit: 100, ...(cursor ? { cursor } : {}) } });
      for (const _item of page.items) count++;
      cursor = page.next_cursor;
    } while (cursor);
    return count;
  };
  const times = { iterate: [] as number[], byHand: [] as number[] };
  for (let round = 0; round < warmUp + rounds; round++) {
    // Each round alternates which walk goes first, so neither always pays for the other's garbage.
    const order = round % 2 === 0 ? (["iterate", "byHand"] as const) : (["byHand", "iterate"] as const);
    for (const name of order) {
      const started = performance.now();
      const count = await (name === "iterate" ? iterate() : byHand());
      if (count !== 10_000) throw new Error(`${name} saw ${count} items`);
      // The first rounds warm the JIT and the connection pool for both walks and are not counted.
      if (round >= warmUp) times[name].push(performance.now() - started);
    }
  }
  server.close();
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  // The ratio is the median of each round's own ratio: both walks of a round ran back to back, so a round that the
  // machine slowed as a whole cancels out instead of moving one median.
  const ratio = median(times.iterate.map((ms, round) => ms / times.byHand[round]!));
  return { iterateMs: median(times.iterate), byHandMs: median(times.byHand), ratio };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measurePagination(path.resolve(process.argv[2] ?? "bench/.work/lists"));
  console.log(`10 000 items over 100 pages: for await ${result.iterateMs.toFixed(1)} ms, by hand ${result.byHandMs.toFixed(1)} ms (${((result.ratio - 1) * 100).toFixed(1)}%)`);
}
