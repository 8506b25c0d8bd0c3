import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { emitModules } from "../../generator/emit/emit-modules.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { ALL_SPECS } from "../helpers/specs.js";
import { tempDir } from "../helpers/cli.js";
import { typecheckFolder } from "../helpers/typecheck.js";
const filter = process.argv[2] ?? "";
const exclude = /stripe|github|atlassian|box|digitalocean|asana|codat|adyen|slack|vercel|openai|twilio/;
for (const spec of ALL_SPECS.filter((s) => s.includes(filter) && (filter || !exclude.test(s)))) {
  const model = buildModel(await loadDocument(spec));
  const files = await emitModules(model, "@test/client", { typedSources: true, mocks: "fetch" });
  const temp = tempDir("src-");
  for (const file of files.filter((f) => f.path.endsWith(".ts"))) {
    mkdirSync(path.dirname(path.join(temp.dir, file.path)), { recursive: true });
    writeFileSync(path.join(temp.dir, file.path), file.text);
  }
  writeFileSync(path.join(temp.dir, "package.json"), '{"type":"module"}');
  const d = typecheckFolder(temp.dir);
  console.log(spec.split("/").pop(), d.length, d.slice(0, 3).join("\n   ").slice(0, 600));
  temp.remove();
}
