// The few global types generated declarations use, for the change report's checker. TypeScript's own libs (es2022 +
// dom) take a second to parse; the report only compares shapes, so it needs the core types and opaque stand-ins.

/** Declarations standing in for TypeScript's lib files when comparing two clients' declarations. */
export const COMPARE_LIB = `
interface Array<T> { length: number; [n: number]: T; }
interface ReadonlyArray<T> { readonly length: number; readonly [n: number]: T; }
interface Boolean { readonly __boolean: unique symbol; }
interface Function { readonly __function: unique symbol; }
interface CallableFunction extends Function {}
interface NewableFunction extends Function {}
interface IArguments { readonly length: number; }
interface Number { readonly __number: unique symbol; }
interface Object {}
interface RegExp { readonly source: string; }
interface String { readonly length: number; }
interface Symbol { readonly description: string | undefined; }
interface SymbolConstructor { readonly iterator: unique symbol; readonly asyncIterator: unique symbol; }
declare var Symbol: SymbolConstructor;
interface PromiseLike<T> { then(onfulfilled?: (value: T) => unknown): PromiseLike<unknown>; }
interface Promise<T> { then(onfulfilled?: (value: T) => unknown): Promise<unknown>; readonly __promise: T; }
interface TemplateStringsArray extends ReadonlyArray<string> {}
type PropertyKey = string | number | symbol;
type Partial<T> = { [P in keyof T]?: T[P] };
type Required<T> = { [P in keyof T]-?: T[P] };
type Readonly<T> = { readonly [P in keyof T]: T[P] };
type Pick<T, K extends keyof T> = { [P in K]: T[P] };
type Record<K extends keyof any, T> = { [P in K]: T };
type Exclude<T, U> = T extends U ? never : T;
type Extract<T, U> = T extends U ? T : never;
type Omit<T, K extends keyof any> = Pick<T, Exclude<keyof T, K>>;
type NonNullable<T> = T & {};
interface Date { readonly __date: unique symbol; }
interface Blob { readonly size: number; readonly type: string; readonly __blob: unique symbol; }
interface File extends Blob { readonly name: string; }
interface ArrayBuffer { readonly byteLength: number; readonly __arrayBuffer: unique symbol; }
interface Uint8Array { readonly length: number; readonly __uint8Array: unique symbol; }
interface ReadableStream<R = any> { readonly locked: boolean; readonly __readableStream: R; }
interface Headers { get(name: string): string | null; }
interface Response { readonly status: number; readonly headers: Headers; }
interface AbortSignal { readonly aborted: boolean; }
interface AsyncIterable<T> { readonly __asyncIterable: T; }
interface AsyncIterator<T> { readonly __asyncIterator: T; }
interface AsyncGenerator<T = unknown, R = any, N = unknown> extends AsyncIterator<T> { readonly __asyncGenerator: [R, N]; }
`;
