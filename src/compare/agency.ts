import { unicodeWords } from '../text/unicode-regex.ts';

const AGENCIES: [RegExp, string][] = (
  [
    [/\(AP\)|\bAssociated Press\b|[—–-]\s*AP\s*$|^AP\s*[—–-]/mu, 'AP'],
    [/\(Reuters\)|\bReuters\)|[—–-]\s*Reuters\b|\bReuters\s*[—–-]|\bReuters reports\b/u, 'Reuters'],
    [/\(AFP\)|\bAFP reports\b|\bAgence France-Presse\b|[—–-]\s*AFP\b|\bAFP\)/u, 'AFP'],
    [/\((dpa|DPA)\)|\bDeutsche Presse-Agentur\b|[—–-]\s*dpa\b|\bdpa\)/u, 'dpa'],
    [/\(EFE\)|\bEFE\)/u, 'EFE'],
    [/\(ANSA\)/u, 'ANSA'],
    [/\(UPI\)/u, 'UPI'],
    [/\(Xinhua\)|\bXinhua\)/u, 'Xinhua'],
    [/\(Kyodo\)/u, 'Kyodo'],
    [/\(Yonhap\)/u, 'Yonhap'],
    [/ТАСС|\(TASS\)|\bTASS\)/u, 'TASS'],
    [/РИА Новости|\(RIA\)/u, 'RIA Novosti'],
    [/Интерфакс|Інтерфакс|\(Interfax\)/u, 'Interfax'],
    [/Укрінформ|Укринформ|\(Ukrinform\)/u, 'Ukrinform'],
  ] as [RegExp, string][]
).map(([re, name]) => [unicodeWords(re), name]);

/** Names the news agency a text says it comes from ("(AP) —", "(Reuters) -", "AFP reports", "ТАСС"), or null. */
export function detectAgency(text: string): string | null {
  for (const [re, name] of AGENCIES) if (re.test(text)) return name;
  return null;
}
