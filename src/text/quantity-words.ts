/** Counted nouns and verbs → canonical quantity, casualties first so "12 soldiers were killed" counts deaths. */
export const NOUNS: [string, RegExp][] = [
  [
    'deaths',
    /^(dead|deaths?|killed|kill|kills|killing|died|die|dies|dying|drowned|fatalities|fatality|toll|lives|tote[nr]?|todesopfer|getötet|tötete|töteten|starben|gestorben|ertrunken|morts?|mortes|tués?|tuées?|décès|noyés?|muertos?|muertas|fallecidos|fallecieron|murieron|mató|mataron|matando|ahogad[oa]s|погибл\p{L}*|погибш\p{L}*|погиб|убит\p{L}*|жертв\p{L}*|утонул\p{L}*|загинул\p{L}*|загибл\p{L}*|загинуло|потонул\p{L}*)$/u,
  ],
  [
    'injured',
    /^(injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed|hospital|verletzte?[nr]?|verletzt|blessés?|blessées?|heridos?|heridas|hirió|hirieron|hiriendo|ранен\p{L}*|пострадавш\p{L}*|пострадал\p{L}*|поранен\p{L}*|постраждал\p{L}*)$/u,
  ],
  [
    'missing',
    /^(missing|unaccounted|vermisst|vermisste[n]?|disparus?|disparues|desaparecidos?|desaparecidas|пропавш\p{L}*|пропал\p{L}*|зникл\p{L}*)$/u,
  ],
  [
    'arrests',
    /^(arrested|arrests?|detained|detainees|custody|festgenommen|festnahmen|verhaftet|arrêtés?|interpellés?|detenidos?|detenidas|arrestados|задержан\p{L}*|арестован\p{L}*|затриман\p{L}*|заарештован\p{L}*)$/u,
  ],
  ['rescued', /^(rescued|saved|gerettet|geborgen|secourus|sauvés|rescatados|rescatadas|спасены|спасли|спасено|врятован\p{L}*|врятували)$/u],
  // Those held by kidnappers or gunmen: "took 12 people hostage", "held 15 hostages".
  ['hostages', /^(hostages?|geiseln?|otages?|rehenes|ostaggi|reféns|заложник\p{L}*|заручник\p{L}*)$/u],
  // Goods a maker calls back: "is recalling 340,000 vehicles", "will recall 430,000 cars" (`reportedCounts` keeps the goods' noun).
  ['recalled', /^(recall|recalls|recalled|recalling|zurückgerufen|rappelle|rappelés?|rappeler)$/u],
  // Those a collapse, a flood or a fire holds where rescuers must reach them: "23 miners trapped", "trapped 40 workers".
  [
    'trapped',
    /^(trapped|stranded|entombed|eingeschlossen|verschüttet|piégés?|bloqués?|atrapados?|atrapadas|intrappolati|заблокирован\p{L}*|заблоковані)$/u,
  ],
  // Those an outbreak made ill, counted only where the sentence names an illness (`ILLNESS` in quantity-mentions.ts).
  [
    'cases',
    /^(cases|infected|infections|sickened|sickening|infecting|erkrankt\p{L}*|infiziert\p{L}*|contaminés?|casos|contagiados|infectados|заболел\p{L}*|заражен\p{L}*|захворіл\p{L}*|інфікован\p{L}*)$/u,
  ],
  ['survivors', /^(survivors|survived|überlebende|überlebten|survivants|survécu|sobrevivientes|sobrevivieron|выжил\p{L}*|вижил\p{L}*)$/u],
  // Those on board a plane, ship or bus: "aboard", "board" after "on", or "carrying" before everyone aboard
  // ("a ferry carrying 312 passengers"; `findQuantities` reads which).
  ['aboard', /^(aboard|onboard|board|carrying)$/u],
  [
    'displaced',
    /^(displaced|evacuated|evacuate|evacuees|homeless|evakuiert|obdachlos|évacués?|déplacés|sinistrés|evacuados|desplazados|damnificados|эвакуирован\p{L}*|евакуйован\p{L}*)$/u,
  ],
  [
    'troops',
    /^(troops|soldiers|servicemen|soldaten|truppen|soldats|troupes|soldados|tropas|военнослужащ\p{L}*|военных|солдат\p{L}*|військових|військовослужбовц\p{L}*)$/u,
  ],
  ['magnitude', /^(magnitude|richter|stärke|magnitud|magnitudo|магнитуд\p{L}*|магнітуд\p{L}*)$/u],
  [
    'aircraft',
    /^(aircraft|airplanes?|planes|jets|bombers|warplanes|helicopters|flugzeuge|kampfjets|bomber|avions|bombardiers|aviones|bombarderos|самол[её]т\p{L}*|бомбардировщик\p{L}*|літак\p{L}*|бомбардувальник\p{L}*)$/u,
  ],
  ['drones', /^(drones|drohnen|дрон\p{L}*|беспилотник\p{L}*|безпілотник\p{L}*)$/u],
  // Jobs a company cuts: counted only where the words around the figure cut them (`JOBS_CUT` in quantity-mentions.ts).
  ['jobs cut', /^(jobs|positions|posts|layoffs|redundancies|arbeitsplätze|stellen|emplois|postes|empleos|puestos)$/u],
];

/** Quantities that count one thing of an event (deaths to drones), as opposed to sums and shares. */
export const COUNTED = new Set(NOUNS.map(([quantity]) => quantity));

/** Percent words and signs, which must follow the number directly. */
export const PERCENT = /^(%|percent|pct|prozent|pourcent|por|процент\p{L}*|відсот\p{L}*)$/u;

/** Currency signs (before the number) and words (after it). */
export const CURRENCIES: [RegExp, string][] = [
  [/^(\$|us\$|dollars?|usd|долларов|доллара|доларів)$/u, 'USD'],
  [/^(€|euros?|eur|евро|євро)$/u, 'EUR'],
  [/^(£|pounds|gbp)$/u, 'GBP'],
  [/^(₽|rubles|roubles|рублей|руб)$/u, 'RUB'],
  [/^(₴|hryvnias|гривень|грн)$/u, 'UAH'],
  [/^(¥|yen|jpy|円)$/u, 'JPY'],
  [/^(yuan|renminbi|cny|rmb|元)$/u, 'CNY'],
  [/^(₹|rupees|inr|rs)$/u, 'INR'],
  [/^(chf|francs)$/u, 'CHF'],
];

/** The currency signs written before an amount: "$", "€", "£", "¥", "₹", "₽", "₴". */
const SIGNS = '[$€£¥₹₽₴]';
/** A currency sign alone, as a token. */
export const CURRENCY_SIGN = new RegExp(`^${SIGNS}$`, 'u');

/**
 * A cheap first test, kept beside CURRENCIES and the magnitude noun: whether text that may give a sum or a quake's
 * magnitude holds a currency sign or one of SUM_OR_MAGNITUDE_WORD.
 */
export function mayGiveSumOrMagnitude(text: string): boolean {
  return CURRENCY_SIGNS.test(text) || SUM_OR_MAGNITUDE_WORD.test(text);
}

const CURRENCY_SIGNS = new RegExp(SIGNS, 'u');
/**
 * Apart from the signs, and `(?<!\w)` rather than `\b` before "yen" and "chf" (the same test before a letter, as \w
 * and \b read word characters alike under `iu`): in one ignore-case Unicode expression, a class of signs or a `\b`
 * among the alternatives had every alternative tried at every character, three times as slow over a lead.
 */
const SUM_OR_MAGNITUDE_WORD =
  /dollar|usd|euro|eur\b|pound|gbp|ruble|rouble|руб|доллар|долар|евро|євро|гривен|грн|hryvnia|(?<!\w)yen\b|yuan|renminbi|rupee|francs|(?<!\w)chf\b|magnitud|richter|stärke|магнитуд|магнітуд/iu;

/** Words that may stand between a number and what it counts: "12 people were killed", "10 residents had been injured". */
export const BETWEEN_AFTER = new Set(
  `people persons person others other more residents civilians children adults men women villagers
  workers passengers victims officers policemen protesters demonstrators students tourists miners migrants patients inhabitants
  citizens pupils elderly young local foreign innocent unarmed heavy strategic military fighter combat bomber left were was have has had been are is be reportedly also confirmed
  now so far already seriously critically slightly lightly badly severely fatally believed feared thought reported
  still remain remained remains pronounced lost their taken rushed into in to ordered forced
  menschen personen kinder bewohner zivilisten wurden sind waren seien worden weitere mindestens
  personnes habitants enfants civils ont été sont autres
  personas niños habitantes civiles han sido resultaron fueron otras otros
  человек людей детей жителей мирных граждан были было еще ещё получили
  осіб дітей мешканців мирних громадян були було ще дістали отримали`.split(/\s+/u),
);

/** Words that may stand between a counting word and a number after it: "the toll rose to 15", "killing 10". */
export const BETWEEN_BEFORE = new Set(
  `to at of stands stood rose risen climbed reached has had have is was were now been jumped increased
  the a an auf stieg bei liegt ist à est de passé a es asciende subió составило достигло до возросло выросло составляет
  зросла сягнула досягла становить`.split(/\s+/u),
);

/** Units of measure and time: "12-year-old", "10 km", "3 hours" measure something, they do not count the noun nearby. */
export const MEASURE =
  /^(years?|year-old|years-old|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|cm|mm|feet|ft|inches|kg|kilograms?|tonnes?|tons?|lit(?:er|re)s?|degrees?|°|mph|am|pm|gmt|utc|jahre?n?|jährige[nmr]?|stunden?|tage?n?|minuten|kilometer|meter|uhr|ans|heures?|jours?|mois|años?|horas?|días?|meses|лет|года?|часов|часа|дней|дня|минут|км|метров|футов|фута|років|року|рік|годин|днів|хвилин|метрів|футів)$/u;

/** Month names: a number next to one is a date. */
export const MONTH =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)$/u;

/** Words before a number that make it an age: "aged 75", "died at 75". */
export const AGE_BEFORE = new Set(['aged', 'age', 'ages', 'at', 'im alter von', 'âgé', 'âgée', 'edad', 'возрасте']);
