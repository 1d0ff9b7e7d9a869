import { compareContracts, toContract, type Report } from '../../src/compare.js';
import { loadText } from '../../src/load/index.js';
import type { Contract } from '../../src/model/types.js';

/** A Contract from spec text held in the test itself (YAML or JSON). */
export async function contractOf(text: string, name = 'inline.yaml'): Promise<Contract> {
  return toContract(await loadText({ name, text }));
}

/** Compares two inline specs with every built-in rule. */
export async function compareTexts(oldText: string, newText: string): Promise<Report> {
  return compareContracts(await contractOf(oldText, 'old.yaml'), await contractOf(newText, 'new.yaml'));
}

/** An OpenAPI 3.0 spec whose GET /items 200 JSON response is `schema` (YAML flow text, e.g. a `$ref`), then `extra` YAML. */
export function itemsSpec(schema: string, extra = ''): string {
  return `openapi: 3.0.3
info: { title: Items, version: 1.0.0 }
paths:
  /items:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: ${schema}
${extra}`;
}
