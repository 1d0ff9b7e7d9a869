/** The `assets/examples` folder of one `@asyncapi/cli` version, fetched once into `cacheDir`. */
export function asyncapiCliExamples(version: string, cacheDir: string): string;
