// Validates XML against an XML Schema with libxml2 compiled to WebAssembly (xmllint-wasm): no network, no system
// xmllint, so the same check runs here and in CI.
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { fixture } from './paths.js';

/** The schema validity errors of `xml` against fixtures/schemas/<schema>; empty when it validates. */
export async function xmlSchemaErrors(xml: string, schema: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'output.xml', contents: xml }],
    schema: [{ fileName: schema, contents: readFileSync(fixture(`schemas/${schema}`), 'utf8') }],
  });
  return result.errors.map((e) => e.rawMessage);
}
