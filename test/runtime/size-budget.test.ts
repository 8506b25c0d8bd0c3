// The size budget: the runtime plus one plain operation, bundled and minified as an app would, stays at or under
// 3.5 KB min+gzip. A size, not a time: esbuild and zlib give the same bytes on every machine.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measureRuntimeSize } from "../../bench/runtime-size.js";
import { ROOT } from "../helpers/cli.js";

const BUDGET_BYTES = 3500;

describe("the size budget", () => {
  it("runtime + updateMultipleCustomers of the checked-in client is at most 3500 B min+gzip", async () => {
    const { gzipped } = await measureRuntimeSize(path.join(ROOT, "generated"), "updateMultipleCustomers");
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
