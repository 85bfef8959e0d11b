import { parseNumeral } from '../text/numbers.ts';
import { FUNCTION_WORDS } from './function-words.ts';

/** Nouns that name a source of a statement, lower-cased (capitalised words — names, German nouns — pass anyway). */
export const PARTY_NOUNS = new Set(
  `police officials official authorities authority government ministry minister spokesman spokeswoman
  spokesperson spokesmen hospital hospitals doctors doctor mayor governor president army military rebels militants insurgents
  witnesses witness residents prosecutors prosecutor investigators investigator agency media reports report sources source survey
  office department service services company operator operators council court judge lawyer lawyers attorney attorneys coroner
  rescuers firefighters brigade committee commission center centre institute union unions organisation organization group party
  leader leaders chief director board statement officers forces embassy observers experts expert scientists researchers analysts
  administration team club representative representatives rep agent manager family relatives friend friends neighbours neighbors
  sheriff deputies paramedics crews owners owner firm school university spokesperson networks network newspaper agencies
  television tv radio broadcaster broadcasters militia militias guerrillas faction factions cartel
  airline airlines utility utilities regulator regulators watchdog coastguard
  groups activists campaigners environmentalists conservationists farmers critics opponents supporters lawmakers legislators
  economists businesses employers workers teachers parents landlords tenants shareholders investors
  polizei behörden regierung ministerium sprecher sprecherin feuerwehr
  autorités gouvernement ministère ministre porte-parole hôpital pompiers maire armée rebelles témoins préfecture secours parquet
  opérateur entreprise
  policía autoridades gobierno ministerio ministro portavoz bomberos alcalde ejército rebeldes testigos fiscalía operador empresa
  полиция полиции власти властей правительство министерство министерства минздрав мчс спасатели спасателей мэр мэра губернатор
  губернатора армия военные военных повстанцы повстанцев очевидцы очевидцев свидетели свидетелей прокуратура прокуратуры
  компания компании оператор больница больницы врачи врачей пресс-служба пресс-службы представитель представителя министр
  министра ведомство ведомства источник источника источники
  поліція поліції влада влади уряд міністерство міністерства рятувальники рятувальників мер мера армія військові військових
  очевидці очевидців свідки свідків прокуратура прокуратури компанія компанії лікарня лікарні лікарі пресслужба представник
  представника речник міністр міністра джерело джерела`.split(/\s+/u),
);

/** Words that qualify a party noun: "local police", "state media", "health ministry". */
const MODIFIERS = new Set(
  `local state regional federal national city county provincial foreign interior health emergency fire
  rescue military police hospital senior top chief government company security defence defense justice civil public private
  medical news press independent opposition district village town deputy vice head former interim acting island
  farm business industry trade rights environmental advocacy human conservation`.split(/\s+/u),
);

const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю)$/u;
const EXTRA_FUNCTION_WORDS = new Set([
  'though',
  'however',
  'meanwhile',
  'although',
  'because',
  'still',
  'yet',
  'earlier',
  'later',
  'then',
  'thus',
  'instead',
  'separately',
  'officially',
  'mr',
  'mrs',
  'ms',
]);
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'er',
  'sie',
  'es',
  'wir',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'él',
  'ella',
  'ellos',
  'он',
  'она',
  'они',
  'оно',
  'він',
  'вона',
  'вони',
  'this',
  'that',
  'who',
  'which',
]);
/** Words that may join a party's words: "ministry of health", "Ministerium für Gesundheit". */
export const CONNECTORS = new Set(['of', 'for', 'für', 'de', 'des', 'du', 'del', 'der']);

/** True when a word can be part of a party's name: a capitalised word, a party noun or its modifier, a possessive. */
export function isPartyWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 2 || CALENDAR.test(lower) || PRONOUNS.has(lower) || EXTRA_FUNCTION_WORDS.has(lower)) return false;
  if (PARTY_NOUNS.has(lower) || MODIFIERS.has(lower) || /\p{L}['’]s$/u.test(lower)) return true;
  // A plural owner ends on its apostrophe: "the city prosecutors' office", "the residents’ association".
  if (/^\p{L}+s['’]$/u.test(lower) && PARTY_NOUNS.has(lower.slice(0, -1))) return true;
  return /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(lower);
}

/**
 * True when a word can end a party's name: a capitalised word or a party noun. A number opening a sentence ("Two
 * accused gunmen went on trial") counts people, it names none.
 */
export function isPartyHead(word: string): boolean {
  return (
    isPartyWord(word) && (PARTY_NOUNS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)) && parseNumeral(word.toLowerCase(), 'en') === null
  );
}
