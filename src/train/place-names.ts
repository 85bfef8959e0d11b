import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npx tsx src/train/place-names.ts LOCALENAMES_DIR DATES_DIR > src/text/place-names-data.ts` (then
 * `npx prettier --write` on it, which sets the quotes the repository's style wants): writes the
 * table of place names in the catalog's languages (`src/text/place-names.ts` reads it) from the Unicode
 * CLDR's JSON packages, fetched once with `npm pack cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0`
 * and unpacked (each directory is a package's root, holding `main/`). Two kinds of place are kept:
 * - countries and territories by ISO code (`territories.json`: "Iran", "Иран", "伊朗", "イラン", the short
 *   forms too: "US", "США", "アメリカ"); world regions (numeric codes) and the unknown region are left out;
 * - the cities CLDR names time zones after (`timeZoneNames.json`, exemplar cities: "Vancouver",
 *   "温哥华", "Тегеран"), keyed by their English name; not the research stations of Antarctica ("Casey",
 *   "Davis": people more often than places) nor the towns of a zone's third level
 *   ("America/North_Dakota/Center", "America/Indiana/Knox"), which are words and surnames as often.
 * Each name carries the languages that write it so: German's "Island" is Iceland, English's "Island" is
 * part of a name ("Staten Island"). A name holding brackets or " - " is a display form, not what a report writes ("Congo (DRC)"), and a
 * name of one character says too little; a name given to two places is dropped (a city named after its
 * country keeps the country).
 */
function main(localeNames: string, dates: string): void {
  /** Each written form's places, and the languages that write it so. */
  const forms = new Map<string, { keys: Set<string>; languages: Set<string> }>();
  const add = (key: string, name: string | undefined, locale: string): void => {
    if (!name || /[()（）]|\s-\s/u.test(name) || [...name].length < 2) return;
    const form = name.normalize('NFC');
    if (!forms.has(form)) forms.set(form, { keys: new Set(), languages: new Set() });
    forms.get(form)!.keys.add(key);
    forms.get(form)!.languages.add(locale.split('-')[0]!);
  };
  for (const locale of LOCALES) {
    const territories = readJson(join(localeNames, 'main', locale, 'territories.json')).main[locale].localeDisplayNames.territories;
    for (const [code, name] of Object.entries(territories as Record<string, string>)) {
      const iso = /^([A-Z]{2})(?:-alt-(?:short|variant))?$/u.exec(code)?.[1];
      if (iso && !NOT_PLACES.has(iso)) add(iso, name, locale);
    }
  }
  const english = new Map<string, string>();
  for (const locale of LOCALES) {
    const zones = readJson(join(dates, 'main', locale, 'timeZoneNames.json')).main[locale].dates.timeZoneNames.zone;
    for (const [id, city] of exemplarCities(zones, '')) {
      add(cityKey(id), city, locale);
      if (locale === 'en') english.set(id, city);
      else if (!english.has(id)) english.set(id, englishCity(id));
    }
  }
  // English CLDR writes a city only where it differs from its zone id's last part ("Easter Island" for Pacific/Easter).
  for (const [id, city] of english) add(cityKey(id), city, 'en');
  const byKey = new Map<string, string[]>();
  for (const [form, { keys, languages }] of forms) {
    const countries = [...keys].filter((k) => /^[A-Z]{2}$/u.test(k));
    const key = countries.length === 1 ? countries[0]! : keys.size === 1 ? [...keys][0]! : null;
    if (key === null) continue;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(`${form}@${[...languages].sort().join(',')}`);
  }
  const lines = [...byKey].map(([key, names]) => `${key}\t${names.sort().join('|')}`).sort();
  process.stdout.write(dataModule(lines));
}

/** The catalog's languages (docs/sources.md), Chinese in both scripts. */
const LOCALES = ['en', 'es', 'de', 'ru', 'uk', 'ar', 'fr', 'it', 'pt', 'zh', 'zh-Hant', 'ja', 'ko', 'sv', 'he'];
/** Codes that name no place a report is about: the unknown region, the EU and eurozone, the UN, outlying Oceania, pseudo-locales. */
const NOT_PLACES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB']);

/** Every zone's id ("America/Vancouver") and the city it is named after, as the locale writes it. */
function* exemplarCities(node: Record<string, unknown>, path: string): Generator<[string, string]> {
  for (const [k, v] of Object.entries(node)) {
    if (typeof v !== 'object' || v === null) continue;
    const id = path ? `${path}/${k}` : k;
    const city = (v as { exemplarCity?: unknown }).exemplarCity;
    if (typeof city === 'string') {
      if (id.split('/').length === 2 && !/^(?:Etc|Antarctica)\//u.test(id)) yield [id, city];
    } else yield* exemplarCities(v as Record<string, unknown>, id);
  }
}

/** A city's English name from its zone id ("America/Vancouver" -> "Vancouver"). */
const englishCity = (id: string): string => id.split('/').pop()!.replace(/_/gu, ' ');
const cityKey = (id: string): string => englishCity(id).toLowerCase().replace(/\s+/gu, '_');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CLDR's JSON, read by its documented paths
const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

function dataModule(lines: string[]): string {
  const rows: string[] = [];
  let row = '';
  for (const line of lines) {
    const piece = `${line}\n`;
    if (row.length + piece.length > 100 && row) {
      rows.push(row);
      row = '';
    }
    row += piece;
  }
  if (row) rows.push(row);
  return `${HEADER}
/**
 * One place a line: its key (an ISO country code, or a city's English name in lower case) and its names, "|"-separated,
 * each with the languages that write it ("Island@de,sv").
 */
export const PLACE_NAMES = [
${rows.map((r) => `  ${JSON.stringify(r)},`).join('\n')}
].join('');
`;
}

const HEADER = `/*
 * Generated by src/train/place-names.ts from the Unicode CLDR 48 (cldr-localenames-full, cldr-dates-full);
 * do not edit by hand. The CLDR data is licensed under the Unicode License v3, whose notice goes with it:
 *
 * UNICODE LICENSE V3. COPYRIGHT AND PERMISSION NOTICE. Copyright © 2004-2026 Unicode, Inc. NOTICE TO USER:
 * Carefully read the following legal agreement. BY DOWNLOADING, INSTALLING, COPYING OR OTHERWISE USING DATA
 * FILES, AND/OR SOFTWARE, YOU UNEQUIVOCALLY ACCEPT, AND AGREE TO BE BOUND BY, ALL OF THE TERMS AND CONDITIONS
 * OF THIS AGREEMENT. IF YOU DO NOT AGREE, DO NOT DOWNLOAD, INSTALL, COPY, DISTRIBUTE OR USE THE DATA FILES OR
 * SOFTWARE. Permission is hereby granted, free of charge, to any person obtaining a copy of data files and any
 * associated documentation (the "Data Files") or software and any associated documentation (the "Software") to deal
 * in the Data Files or Software without restriction,
 * including without limitation the rights to use, copy, modify, merge, publish, distribute, and/or sell
 * copies of the Data Files or Software, and to permit persons to whom the Data Files or Software are
 * furnished to do so, provided that either (a) this copyright and permission notice appear with all copies
 * of the Data Files or Software, or (b) this copyright and permission notice appear in associated
 * Documentation. THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE
 * AND NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN
 * THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL DAMAGES, OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
 * OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THE DATA FILES OR
 * SOFTWARE. Except as contained in this notice, the name of a copyright holder shall not be used in
 * advertising or otherwise to promote the sale, use or other dealings in these Data Files or Software
 * without prior written authorization of the copyright holder.
 */`;

main(process.argv[2] ?? '.', process.argv[3] ?? '.');
