#!/usr/bin/env node
// Compares the search analyser of Swift with the browser's (Sources/RepereSearch/Runtime/analysis.mjs)
// over the analyzer fuzz corpus: FILE holds one JSON line per input, {"text", "tokens"}, written
// by the Swift side (`REPERE_FUZZ_TOKENS=FILE repere-fuzz analyzer -runs=0 CORPUS`, as scripts/fuzz
// does). Prints the first differences and exits 1 when any text gives other tokens.
//
//   node scripts/fuzz-compare-analysis.mjs .build-fuzz/analyzer-tokens.jsonl
import { readFileSync } from 'node:fs';
import { analyze } from '../Sources/RepereSearch/Runtime/analysis.mjs';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let differences = 0;
for (const line of lines) {
  const { text, tokens } = JSON.parse(line);
  const js = analyze(text);
  if (JSON.stringify(js) === JSON.stringify(tokens)) continue;
  differences += 1;
  if (differences <= 10) {
    console.error(`text   ${JSON.stringify(text.slice(0, 200))}\nswift  ${JSON.stringify(tokens)}\njs     ${JSON.stringify(js)}\n`);
  }
}
console.log(`analyzer: ${lines.length} texts compared, ${differences} with different tokens (Swift vs analysis.mjs)`);
process.exit(differences === 0 ? 0 : 1);
