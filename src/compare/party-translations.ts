/**
 * The common names of sources in the catalog's other languages, with the English name each folds into, so that
 * "Staatsmedien" and "state media", "полиции" and "police" are one party (src/compare/parties.ts). Only the words a
 * report names its source by ("nach Angaben der Staatsmedien", "по данным полиции", "según la policía"), with the
 * case forms such phrases take; names of people and places need no translation. A word that is also an English
 * word for something else is left out ("Marine", the German navy, is a US marine in English).
 */
const BY_ENGLISH: Record<string, string> = {
  police: `polizei polizia policía polícia полиция полиции полицией поліція поліції поліцією`,
  authorities: `behörden autorités autoridades autorità власти властей влада влади`,
  officials: `behördenvertreter beamte responsables funcionarios funzionari чиновники чиновников посадовці посадовців`,
  government: `regierung gouvernement gobierno governo правительство правительства уряд уряду`,
  ministry: `ministerium ministère ministerio ministero ministério министерство министерства міністерство міністерства`,
  'defense ministry': `verteidigungsministerium минобороны міноборони`,
  army: `armee armée ejército esercito exército армия армии армія армії`,
  military: `militär militaires militares militari военные военных військові військових`,
  navy: `marina marinha флот вмс`,
  'state media': `staatsmedien госсми держзмі`,
  'state television': `staatsfernsehen гостелевидение`,
  hospital: `krankenhaus hôpital ospedale больница больницы лікарня лікарні`,
  doctors: `ärzte médecins médicos medici врачи врачей лікарі лікарів`,
  witnesses: `zeugen augenzeugen témoins testigos testimoni testemunhas свидетели свидетелей очевидцы очевидцев свідки свідків`,
  rebels: `rebellen rebelles rebeldes ribelli повстанцы повстанцев повстанці повстанців`,
  prosecutors: `staatsanwaltschaft fiscalía procura promotoria прокуратура прокуратуры прокуратури`,
  prosecutor: `staatsanwalt procureur fiscal procuratore promotor прокурор прокурора`,
  court: `gericht tribunal tribunale суд суда суду`,
  firefighters: `feuerwehr pompiers bomberos bombeiros пожарные пожарных пожежники пожежників`,
  rescuers: `rettungskräfte secouristes rescatistas soccorritori socorristas спасатели спасателей рятувальники рятувальників`,
  spokesman: `sprecher porte-parole portavoz portavoce porta-voz представитель представителя речник речника`,
};

/** Each foreign source word, lower case, with its English name. */
export const PARTY_TRANSLATION: ReadonlyMap<string, string> = new Map(
  Object.entries(BY_ENGLISH).flatMap(([english, words]) => words.split(/\s+/u).map((w) => [w, english] as [string, string])),
);
