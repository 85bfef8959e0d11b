import type { Article } from '../../src/domain/article.ts';

/** An invented article; only what the test names differs from the defaults. */
export function article(id: string, fields: Partial<Article> & { title: string }): Article {
  return {
    id,
    sourceId: `outlet-${id}`,
    feedUrl: null,
    url: null,
    body: '',
    publishedAt: null,
    fetchedAt: '2026-03-01T12:00:00.000Z',
    language: 'en',
    author: null,
    publisher: null,
    ...fields,
  };
}

/** Reports of an invented quake in Velmora (magnitude 6.4, 37 dead). */
export const VELMORA = [
  article('v1', {
    title: 'Magnitude 6.4 earthquake strikes Velmora, killing 37',
    body: 'A magnitude 6.4 earthquake struck the northern province of Velmora on Tuesday, killing at least 37 people, officials said.\nRescuers in Tarsk searched collapsed buildings. Governor Ilsa Brandt said 200 people were injured.',
    publishedAt: '2026-03-03T06:00:00Z',
  }),
  article('v2', {
    title: 'Velmora quake death toll rises to 37 as rescuers dig in Tarsk',
    body: 'The death toll from the 6.4 magnitude earthquake in Velmora has risen to 37, Governor Ilsa Brandt told reporters.\nThe quake flattened homes in Tarsk and nearby villages.',
    publishedAt: '2026-03-03T09:00:00Z',
  }),
  article('v3', {
    title: 'Strong earthquake hits Velmora province',
    body: 'A strong earthquake of magnitude 6.4 hit Velmora, with 37 people confirmed dead in Tarsk, according to Governor Ilsa Brandt.',
    publishedAt: '2026-03-03T07:30:00Z',
  }),
];

/** Reports of a second invented quake of the same kind elsewhere (Oskaria, magnitude 5.8, 12 dead). */
export const OSKARIA = [
  article('o1', {
    title: 'Magnitude 5.8 earthquake strikes Oskaria, killing 12',
    body: 'A magnitude 5.8 earthquake struck the coastal region of Oskaria on Friday, killing at least 12 people, officials said.\nRescuers in Port Delvin searched collapsed buildings. Mayor Tomas Reyvik said 80 people were injured.',
    publishedAt: '2026-03-05T15:00:00Z',
  }),
  article('o2', {
    title: 'Oskaria quake kills 12 in Port Delvin',
    body: 'The earthquake of magnitude 5.8 in Oskaria killed 12 people in Port Delvin, Mayor Tomas Reyvik said.',
    publishedAt: '2026-03-05T18:00:00Z',
  }),
];

/** Unrelated invented news to fill the index. */
export function filler(i: number, at = '2026-03-02T00:00:00Z'): Article {
  const words = ['budget', 'orchestra', 'harvest', 'stadium', 'festival', 'railway', 'museum', 'vaccine', 'library', 'tariff'];
  const w = (k: number): string => `${words[(i + k) % words.length]}${Math.floor(i / words.length) + k}`;
  return article(`f${i}`, {
    title: `Zentor${i} council debates ${w(1)} and ${w(2)}`,
    body: `Councillor Varn${i} said the ${w(1)} plan for ${w(3)} would cost ${1000 + i} crowns.`,
    publishedAt: at,
  });
}
