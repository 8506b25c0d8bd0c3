// The part of swagger2openapi (which ships no types) that the loader uses.
declare module "swagger2openapi" {
  interface ConvertOptions {
    patch?: boolean;
    warnOnly?: boolean;
    resolve?: boolean;
    direct?: boolean;
  }
  const swagger2openapi: {
    /** With `direct: true`, resolves to the converted OpenAPI 3.0 document itself. */
    convertObj(swagger: object, options: ConvertOptions): Promise<object>;
  };
  export default swagger2openapi;
}
