#!/usr/bin/env node
// A what-if, not a score: writes a copy of an ECB+ corpus file in which every report is dated as a feed would date it.
// ECB+ gives no dates, and each of its topics holds two events of one kind that happened years apart. Here every
// report of an older event ("…_ecb") is published on START and every report of a newer one ("…_ecbplus") GAP days
// later, each at a time within --spread hours of that day's start, drawn from a seeded source; nothing else changes.
// All 35 older events share one day, as do the newer ones, so time tells a topic's two events apart and no topic from
// another. The clusterer reads only the
// copy's `published_at`; the gold `story_id` chooses the day, which is why the result is a what-if.
//
//   node bench/what-if/date-by-event.mjs IN.jsonl... --out OUT.jsonl [--gap DAYS] [--spread HOURS] [--sort]
//
// Several files are one stream, in the order given; --gap is 30 days unless given; --spread (24 hours unless given)
// is how long after its event's day a report may come; --sort writes the stream in time order, as feeds deliver it.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals: inputs } = parseArgs({
  options: {
    out: { type: 'string' },
    gap: { type: 'string', default: '30' },
    spread: { type: 'string', default: '24' },
    sort: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
if (inputs.length === 0 || !values.out || !(Number(values.gap) >= 0) || !(Number(values.spread) > 0)) {
  console.error('usage: node bench/what-if/date-by-event.mjs IN.jsonl... --out OUT.jsonl [--gap DAYS] [--spread HOURS] [--sort]');
  process.exit(2);
}
const START = Date.parse('2030-03-02T00:00:00Z');
const gapMs = Number(values.gap) * 86_400_000;
const spreadMs = Number(values.spread) * 3_600_000;
let state = 7;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const lines = inputs
  .flatMap((input) => readFileSync(input, 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .map((line) => {
    const newer = /ecbplus$/.test(line.story_id);
    const at = START + (newer ? gapMs : 0) + Math.floor(random() * spreadMs);
    return { ...line, published_at: new Date(at).toISOString() };
  });
if (values.sort) lines.sort((a, b) => a.published_at.localeCompare(b.published_at));
writeFileSync(values.out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
console.error(`wrote ${lines.length} dated reports to ${values.out}`);
