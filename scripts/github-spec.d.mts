/** Path of `api.github.com.json` for one `@octokit/openapi` version, fetched once into `cacheDir`. */
export function githubSpec(version: string, cacheDir: string): string;
