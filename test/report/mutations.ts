// One-edit mutations of OpenAPI documents for the change report's differential test: where an edit can go (every
// schema, parameter, body, media type and operation of the document), and the edit itself, chosen by numbers.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw OpenAPI documents

/** The kinds of edit, each applied at the `pick`-th place of the document where it can go. */
export const MUTATIONS = [
  "remove-property", "add-optional-property", "add-required-property", "rename-property", "change-type", "enum-add", "enum-remove",
  "toggle-required", "toggle-nullable", "additional-properties", "composition-remove-member", "composition-add-member", "array-items",
  "parameter-toggle-required", "parameter-remove", "parameter-add", "parameter-type", "body-toggle-required", "body-remove",
  "media-type", "response-media-type", "operation-remove", "operation-rename", "description",
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const LOCATIONS = ["query", "header", "path", "cookie"];

/** Every object of the document with its JSON pointer, in document order. */
function objects(node: unknown, pointer = ""): Array<[string, Json]> {
  if (typeof node !== "object" || node === null) return [];
  const found: Array<[string, Json]> = Array.isArray(node) ? [] : [[pointer, node as Json]];
  for (const [key, value] of Object.entries(node)) found.push(...objects(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  return found;
}

/** Every operation of the document with its JSON pointer (`/paths/~1pets/get`), in document order. */
export function operations(spec: Json): Array<[string, Json]> {
  return Object.entries(spec.paths ?? {}).flatMap(([route, item]) => METHODS.filter((method) => (item as Json)[method]).map((method) => [`/paths/${route.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}`, (item as Json)[method]] as [string, Json]));
}

const isSchema = (pointer: string): boolean => /\/(schema|schemas\/[^/]+|properties\/[^/]+|items|additionalProperties|(allOf|oneOf|anyOf)\/\d+)$/.test(pointer);
const nullable = (spec: Json): boolean => String(spec.openapi).startsWith("3.0");

/** Applies one edit; returns where it went (a JSON pointer and what was done), or undefined when no place fits. */
export function mutate(spec: Json, mutation: Mutation, pick: number): string | undefined {
  const all = objects(spec);
  const schemas = all.filter(([pointer, node]) => isSchema(pointer) && !node.$ref);
  const choose = <T>(list: T[]): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);
  const withProperties = schemas.filter(([, node]) => node.properties && Object.keys(node.properties).length > 0);
  const property = (): [string, Json, string] | undefined => {
    const places = withProperties.flatMap(([pointer, node]) => Object.keys(node.properties).map((name) => [pointer, node, name] as [string, Json, string]));
    return choose(places);
  };
  const ops = operations(spec);
  const parameters = all.filter(([pointer, node]) => /\/parameters\/\d+$/.test(pointer) && typeof node.in === "string");
  switch (mutation) {
    case "remove-property": {
      const [pointer, node, name] = property() ?? [];
      if (!node) return undefined;
      delete node.properties[name!];
      if (Array.isArray(node.required)) node.required = node.required.filter((entry: string) => entry !== name);
      return `${pointer}/properties/${name}: removed`;
    }
    case "add-optional-property":
    case "add-required-property": {
      const [pointer, node] = choose(withProperties) ?? [];
      if (!node) return undefined;
      node.properties.zz_added = { type: "string" };
      if (mutation === "add-required-property") node.required = [...(node.required ?? []), "zz_added"];
      return `${pointer}/properties/zz_added: added`;
    }
    case "rename-property": {
      const [pointer, node, name] = property() ?? [];
      if (!node) return undefined;
      node.properties[`${name}_renamed`] = node.properties[name!];
      delete node.properties[name!];
      if (Array.isArray(node.required)) node.required = node.required.map((entry: string) => (entry === name ? `${name}_renamed` : entry));
      return `${pointer}/properties/${name}: renamed`;
    }
    case "change-type": {
      const [pointer, node] = choose(schemas.filter(([, node]) => ["string", "integer", "number", "boolean"].includes(node.type))) ?? [];
      if (!node) return undefined;
      const next = { string: "integer", integer: "string", number: "string", boolean: "string" }[node.type as "string"];
      delete node.enum;
      delete node.format;
      node.type = next;
      return `${pointer}: type ${next}`;
    }
    case "enum-add":
    case "enum-remove": {
      const [pointer, node] = choose(schemas.filter(([, node]) => Array.isArray(node.enum) && node.enum.length > (mutation === "enum-remove" ? 1 : 0))) ?? [];
      if (!node) return undefined;
      if (mutation === "enum-add") node.enum.push(typeof node.enum[0] === "number" ? 987654 : "zz_value");
      else node.enum.pop();
      return `${pointer}/enum: ${mutation}`;
    }
    case "toggle-required": {
      const [pointer, node, name] = property() ?? [];
      if (!node) return undefined;
      const required: string[] = node.required ?? [];
      node.required = required.includes(name!) ? required.filter((entry) => entry !== name) : [...required, name];
      if (node.required.length === 0) delete node.required;
      return `${pointer}/required: ${name} toggled`;
    }
    case "toggle-nullable": {
      const [pointer, node] = choose(schemas.filter(([, node]) => typeof node.type === "string" || Array.isArray(node.type))) ?? [];
      if (!node) return undefined;
      if (nullable(spec)) node.nullable = !node.nullable;
      else if (Array.isArray(node.type)) node.type = node.type.includes("null") ? node.type.filter((entry: string) => entry !== "null") : [...node.type, "null"];
      else node.type = [node.type, "null"];
      return `${pointer}: nullable toggled`;
    }
    case "additional-properties": {
      const [pointer, node] = choose(schemas.filter(([, node]) => node.type === "object" || node.properties)) ?? [];
      if (!node) return undefined;
      const options = [true, { type: "string" }, false, undefined];
      const current = options.findIndex((option) => JSON.stringify(option) === JSON.stringify(node.additionalProperties));
      const next = options[(current + 1 + (pick % 3)) % options.length];
      if (next === undefined) delete node.additionalProperties;
      else node.additionalProperties = next;
      return `${pointer}/additionalProperties: ${JSON.stringify(next)}`;
    }
    case "composition-remove-member":
    case "composition-add-member": {
      const [pointer, node] = choose(all.filter(([, node]) => ["allOf", "oneOf", "anyOf"].some((key) => Array.isArray(node[key]) && node[key].length > 1))) ?? [];
      if (!node) return undefined;
      const key = ["allOf", "oneOf", "anyOf"].find((name) => Array.isArray(node[name]) && node[name].length > 1)!;
      if (mutation === "composition-remove-member") node[key].splice(pick % node[key].length, 1);
      else node[key].push({ type: "object", properties: { zz_member: { type: "string" } } });
      return `${pointer}/${key}: ${mutation}`;
    }
    case "array-items": {
      const [pointer, node] = choose(schemas.filter(([, node]) => node.type === "array" && node.items)) ?? [];
      if (!node) return undefined;
      node.items = { type: "string" };
      return `${pointer}/items: string`;
    }
    case "parameter-toggle-required":
    case "parameter-remove":
    case "parameter-type": {
      const [pointer, node] = choose(parameters.filter(([, node]) => node.in !== "path")) ?? [];
      if (!node) return undefined;
      if (mutation === "parameter-toggle-required") node.required = !node.required;
      else if (mutation === "parameter-type") node.schema = { type: node.schema?.type === "integer" ? "string" : "integer" };
      else {
        const list = pointer!.replace(/\/\d+$/, "");
        const owner = objects(spec).find(([candidate]) => candidate === list.replace(/\/parameters$/, ""))?.[1];
        owner!.parameters = owner!.parameters.filter((entry: Json) => entry !== node);
      }
      return `${pointer}: ${mutation}`;
    }
    case "parameter-add": {
      const [pointer, node] = choose(ops) ?? [];
      if (!node) return undefined;
      const location = LOCATIONS.filter((entry) => entry !== "path")[pick % 3]!;
      const required = pick % 2 === 0;
      node.parameters = [...(node.parameters ?? []), { name: `zz_${location}`, in: location, required, schema: { type: "string" } }];
      return `${pointer}/parameters: ${required ? "required" : "optional"} ${location} parameter added`;
    }
    case "body-toggle-required":
    case "body-remove":
    case "media-type": {
      const [pointer, node] = choose(ops.filter(([, node]) => node.requestBody?.content)) ?? [];
      if (!node) return undefined;
      if (mutation === "body-toggle-required") node.requestBody.required = !node.requestBody.required;
      else if (mutation === "body-remove") delete node.requestBody;
      else renameMediaType(node.requestBody.content, pick);
      return `${pointer}/requestBody: ${mutation}`;
    }
    case "response-media-type": {
      const [pointer, node] = choose(all.filter(([pointer, node]) => /\/responses\/[^/]+$/.test(pointer) && node.content && Object.keys(node.content).length > 0)) ?? [];
      if (!node) return undefined;
      renameMediaType(node.content, pick);
      return `${pointer}/content: renamed a media type`;
    }
    case "operation-remove":
    case "operation-rename": {
      const [pointer, node] = choose(ops) ?? [];
      if (!node) return undefined;
      if (mutation === "operation-rename") node.operationId = `${node.operationId ?? "renamed"}Renamed`;
      else {
        const [, , route, method] = pointer!.split("/");
        delete spec.paths[route!.replace(/~1/g, "/").replace(/~0/g, "~")][method!];
      }
      return `${pointer}: ${mutation}`;
    }
    case "description": {
      const [pointer, node] = choose(all.filter(([, node]) => typeof node.description === "string")) ?? [];
      if (!node) return undefined;
      node.description = `${node.description} (edited)`;
      return `${pointer}/description: edited`;
    }
  }
}

function renameMediaType(content: Json, pick: number): void {
  const keys = Object.keys(content);
  const key = keys[pick % keys.length]!;
  const next = key === "application/json" ? "text/plain" : "application/json";
  if (content[next]) delete content[key];
  else {
    content[next] = content[key];
    delete content[key];
  }
}

/** The document cut down to some of its operations and the components they reach (security schemes all kept). */
export function trimSpec(spec: Json, keep: (index: number, count: number) => boolean): Json {
  const copy = structuredClone(spec);
  const all = operations(copy);
  const kept = new Set(all.filter((_, index) => keep(index, all.length)).map(([pointer]) => pointer));
  for (const [pointer] of all) {
    if (kept.has(pointer)) continue;
    const [, , route, method] = pointer.split("/");
    const key = route!.replace(/~1/g, "/").replace(/~0/g, "~");
    delete copy.paths[key][method!];
    if (!METHODS.some((name) => copy.paths[key][name])) delete copy.paths[key];
  }
  delete copy.webhooks;
  const components = copy.components ?? {};
  const reached = new Set<string>();
  const queue: unknown[] = [copy.paths];
  while (queue.length > 0) {
    const node = queue.pop();
    if (typeof node !== "object" || node === null) continue;
    const ref = (node as Json).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/") && !reached.has(ref)) {
      reached.add(ref);
      const [, , section, name] = ref.split("/");
      queue.push(components[section!]?.[name!.replace(/~1/g, "/").replace(/~0/g, "~")]);
    }
    for (const value of Object.values(node)) queue.push(value);
  }
  for (const [section, entries] of Object.entries(components)) {
    if (section === "securitySchemes") continue;
    for (const name of Object.keys(entries as Json)) if (!reached.has(`#/components/${section}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`)) delete (entries as Json)[name];
  }
  return copy;
}
