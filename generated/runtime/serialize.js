// Generated from openapi.json. Runtime from templates/serialize.ts.
// Do not edit: change the spec and run `npm run generate`.

/** Thrown before anything is sent when an argument would change the meaning of the request, or cannot be sent at all. */
export class UnsafeArgumentError extends TypeError {}
UnsafeArgumentError.prototype.name = "UnsafeArgumentError";

function scalarText(value) {
  if (value instanceof Date) return value.toISOString();
  if (value === null) return "null";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const encode = encodeURIComponent;

/** RFC 6570 reserved expansion (`allowReserved`): reserved characters stay as they are. */
function encodeReserved(text) {
  return encode(text).replace(/%(2[146-9ABCF]|3[ABDF]|40|5[BD])/gi, decodeURIComponent);
}

function entriesOf(value) {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/** Writes a path parameter in any style: simple, label or matrix, exploded or not. */
export const serializePathParameter = ({ name, style, explode }, value, request) => {
  const [items, object] = pathItems(value, explode);
  const text =
    style === "label"
      ? "." + items.join(explode ? "." : ",")
      : style === "matrix"
        ? explode
          ? items.map((item) => (object ? `;${item}` : `;${name}=${item}`)).join("")
          : `;${name}=${items.join(",")}`
        : items.join(",");
  setPathParameter(request, name, text);
};

/** Writes a path parameter in the default `simple` style; most operations need no other, so bundles keep only this. */
export const serializeSimplePathParameter = ({ name, explode }, value, request) => {
  setPathParameter(request, name, pathItems(value, explode)[0].join(","));
};

/** The encoded items of a path value: its values, or for an object its keys and values (`k=v` each when exploded). */
function pathItems(value, explode) {
  const object =
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    !(value instanceof Date);
  const items = object
    ? entriesOf(value).flatMap(([k, v]) =>
        explode ? [`${encode(k)}=${encode(scalarText(v))}`] : [encode(k), encode(scalarText(v))],
      )
    : (Array.isArray(value) ? value : [value]).map((item) => encode(scalarText(item)));
  return [items, object];
}

function setPathParameter(request, name, text) {
  const slot = `{${name}}`;
  // `.` and `..` are resolved away by every URL parser, encoded or not, so they could reach another endpoint; so could
  // an empty segment with more path after it (`/a/{x}/b` → `/a//b`). Empty at the very end, it only leaves a trailing
  // slash (GitHub's `/repos/{owner}/{repo}/contents/{path}` lists the root so).
  if ((!text && !request.path.endsWith(slot)) || /^(\.|%2e){1,2}$/i.test(text)) {
    throw new UnsafeArgumentError(`Path parameter "${name}" must not be empty, "." or ".."`);
  }
  request.path = request.path.split(slot).join(text);
}

/** Writes one query parameter as encoded `name=value` pairs. */
export const serializeQueryParameter = (spec, value, request) => {
  request.query.push(...queryPairs(spec, value));
};

function queryPairs(spec, value) {
  const style = spec.style ?? "form";
  const explode = spec.explode ?? style === "form";
  const name = encode(spec.name);
  const enc = spec.allowReserved ? encodeReserved : encode;
  if (style === "deepObject")
    return deepObjectPairs(spec.name, value).map(([k, v]) => `${encode(k)}=${enc(v)}`);
  if (Array.isArray(value)) {
    const items = value.map((item) => enc(scalarText(item)));
    if (style === "form" && explode) return items.map((item) => `${name}=${item}`);
    const separator = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
    return [`${name}=${items.join(separator)}`];
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const pairs = entriesOf(value);
    if (explode) return pairs.map(([k, v]) => `${encode(k)}=${enc(scalarText(v))}`);
    return [`${name}=${pairs.flatMap(([k, v]) => [enc(k), enc(scalarText(v))]).join(",")}`];
  }
  return [`${name}=${enc(scalarText(value))}`];
}

/** Flattens nested objects and arrays into `a[b][0]=c` pairs, as Stripe-style APIs read them. */
export function deepObjectPairs(prefix, value) {
  if (value === undefined) return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => deepObjectPairs(`${prefix}[${index}]`, item));
  if (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Date) &&
    !(value instanceof Blob)
  ) {
    return entriesOf(value).flatMap(([k, v]) => deepObjectPairs(`${prefix}[${k}]`, v));
  }
  return [[prefix, scalarText(value)]];
}

/** Writes a header parameter (simple style); refuses CR and LF, which would start a new header. */
export const serializeHeaderValue = ({ name }, value, request) => {
  let text;
  if (Array.isArray(value)) text = value.map(scalarText).join(",");
  else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    text = entriesOf(value)
      .flatMap(([k, v]) => [k, scalarText(v)])
      .join(",");
  } else text = scalarText(value);
  assertHeaderValue(name, text);
  request.headers[name.toLowerCase()] = text;
};

/** Copies headers over `target` under lower-case names, refusing values that would split the header block. */
export function addHeaders(target, source = {}) {
  for (const [name, value] of Object.entries(source)) {
    assertHeaderValue(name, value);
    target[name.toLowerCase()] = value;
  }
}

/** Refuses a header value that would split the header block. */
export function assertHeaderValue(name, text) {
  if (/[\r\n\0]/.test(text))
    throw new UnsafeArgumentError(`Header "${name}" must not contain CR, LF or NUL`);
}

/** Writes a cookie parameter (form style) as `name=value`. */
export const serializeCookie = ({ name }, value, request) => {
  const text = Array.isArray(value) ? value.map(scalarText).join(",") : scalarText(value);
  request.cookies.push(`${encode(name)}=${encode(text)}`);
};
// One encoder per kind of body, imported by the operations that need it, so a bundle keeps only those.

/** JSON and `+json` media types. */
export const encodeJson = (body, mediaType) => ({
  body: JSON.stringify(body),
  contentType: mediaType,
});

/** `application/x-www-form-urlencoded`, nested objects and arrays as `a[b][0]=c`. */
export const encodeForm = (body, mediaType) => ({
  body: new URLSearchParams(
    entriesOf(formFields(body, mediaType)).flatMap(([k, v]) => deepObjectPairs(k, v)),
  ).toString(),
  contentType: mediaType,
});

/** `multipart/form-data`: files as parts, arrays as repeated parts, objects as JSON parts, `encoding` types honoured. */
export const encodeMultipart = (body, mediaType, partContentTypes = {}) => ({
  body: toFormData(formFields(body, mediaType), partContentTypes),
});

/** A form's fields: an object; a string or number would be written as its characters, or as nothing. */
function formFields(body, mediaType) {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    refuseBody(mediaType, "an object of fields");
  return body;
}

/** `text/*`: a string, number or boolean as its text; anything else is refused rather than sent as `[object Object]`. */
export const encodeText = (body, mediaType) => {
  if (
    body === null ||
    typeof body === "object" ||
    typeof body === "function" ||
    typeof body === "symbol"
  )
    refuseBody(mediaType, "a string, number or boolean");
  return { body: String(body), contentType: mediaType };
};

/** Other media types (XML, octet-stream, images…): a Blob, bytes, a stream or a string, sent as they are. */
export const encodeBinary = (body, mediaType) => {
  const raw =
    typeof body === "string" ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof ReadableStream === "function" && body instanceof ReadableStream);
  // fetch would write an object as `[object Object]`: the runtime has no writer for it in this media type.
  if (!raw)
    refuseBody(
      mediaType,
      "a string, Blob, ArrayBuffer, typed array or ReadableStream, sent as it is (not serialized)",
    );
  return { body: body, contentType: mediaType };
};

function refuseBody(mediaType, wanted) {
  throw new UnsafeArgumentError(`A ${mediaType} body must be ${wanted}`);
}

function toFormData(body, partContentTypes) {
  const form = new FormData();
  const append = (name, value) => {
    if (value === undefined) return;
    const declared = Object.hasOwn(partContentTypes, name) ? partContentTypes[name] : undefined;
    if (value instanceof Blob) {
      // A file keeps its own type; `encoding` supplies one when the Blob has none.
      form.append(
        name,
        declared && value.type === "" ? new Blob([value], { type: declared }) : value,
      );
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      form.append(
        name,
        new Blob([JSON.stringify(value)], { type: declared ?? "application/json" }),
      );
    } else if (declared && !/^text\/plain\b/i.test(declared)) {
      form.append(
        name,
        new Blob([/json/i.test(declared) ? JSON.stringify(value) : scalarText(value)], {
          type: declared,
        }),
      );
    } else form.append(name, scalarText(value));
  };
  for (const [name, value] of entriesOf(body)) {
    if (Array.isArray(value)) value.forEach((item) => append(name, item));
    else append(name, value);
  }
  return form;
}
