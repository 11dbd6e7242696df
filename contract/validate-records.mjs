// Validates Kafka records, as kcat prints them with -J (one JSON object a line), against the published
// JSON Schemas: each record's value against its topic's CloudEvents envelope schema, and the event's `data`
// against the schema of its `type` (events/<type>.schema.json). The schemas are read as published, nothing
// of the producer's code is used: this is what a consumer outside the team would check.
//
//   node validate-records.mjs <events-dir> <envelope-schema-file> [--expect-key-is-subject] < records.jsonl
//
// Prints the counts (records read, valid, invalid by type) and every invalid record with its topic,
// partition and offset; exits 1 when any record is invalid or when no record was read.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [eventsDir, envelopeFile, ...options] = process.argv.slice(2);
if (!eventsDir || !envelopeFile) {
  console.error('usage: node validate-records.mjs <events-dir> <envelope-schema-file> [--expect-key-is-subject]');
  process.exit(2);
}
const keyIsSubject = options.includes('--expect-key-is-subject');

// allErrors: name every violation of a broken record, not only the first one.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const loadSchema = (file) => ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
const envelope = loadSchema(envelopeFile);
const dataSchemas = new Map();
function dataSchemaOf(type) {
  if (!dataSchemas.has(type)) {
    const file = join(eventsDir, `${type}.schema.json`);
    // The type pattern of the envelope keeps `type` a plain file name; an unsafe one never gets here.
    dataSchemas.set(type, existsSync(file) ? loadSchema(file) : null);
  }
  return dataSchemas.get(type);
}

const describe = (errors, where) => (errors ?? []).map((e) =>
  `${where}${e.instancePath || ''} ${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`);

const byType = new Map();
const invalid = [];
let read = 0;

function check(line) {
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    return { type: '(not a kcat record)', problems: ['the line is not JSON: ' + line.slice(0, 120)], at: '?' };
  }
  const at = `${record.topic}[${record.partition}]@${record.offset}`;
  let event;
  try {
    event = JSON.parse(record.payload);
  } catch {
    return { type: '(not JSON)', problems: ['the value is not JSON'], at };
  }
  const type = typeof event?.type === 'string' ? event.type : '(no type)';
  const problems = [];
  if (!envelope(event)) {
    problems.push(...describe(envelope.errors, 'envelope'));
  }
  if (keyIsSubject && record.key !== event?.subject) {
    problems.push(`the record key ${JSON.stringify(record.key)} is not the subject ${JSON.stringify(event?.subject)}`);
  }
  if (type !== '(no type)') {
    const data = /^[a-z0-9.-]+$/.test(type) ? dataSchemaOf(type) : null;
    if (!data) {
      problems.push(`no published schema for type ${type}`);
    } else if (!data(event.data)) {
      problems.push(...describe(data.errors, 'data'));
    }
  }
  return { type, problems, at, id: event?.id };
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  read++;
  const result = check(line);
  const counts = byType.get(result.type) ?? { valid: 0, invalid: 0 };
  if (result.problems.length === 0) {
    counts.valid++;
  } else {
    counts.invalid++;
    invalid.push(result);
  }
  byType.set(result.type, counts);
}

const valid = read - invalid.length;
console.log(`records read: ${read}, valid: ${valid}, invalid: ${invalid.length}`);
for (const [type, counts] of [...byType.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${type}: ${counts.valid} valid${counts.invalid ? `, ${counts.invalid} INVALID` : ''}`);
}
const shown = 50;
for (const bad of invalid.slice(0, shown)) {
  console.log(`INVALID ${bad.at} type ${bad.type}${bad.id ? ` id ${bad.id}` : ''}`);
  for (const problem of bad.problems) console.log(`    ${problem}`);
}
if (invalid.length > shown) {
  console.log(`… and ${invalid.length - shown} more invalid records`);
}
if (read === 0) {
  console.log('no record was read: nothing was checked');
}
process.exit(read > 0 && invalid.length === 0 ? 0 : 1);
