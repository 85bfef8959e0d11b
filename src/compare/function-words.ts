/**
 * Function words of en, de, fr, es, ru and uk: a capitalised one ("The", "Die", "Le") starts a sentence, it does not
 * name a party. Used only to tell party names; sentences are compared with src/text/terms.ts, per language.
 */
export const FUNCTION_WORDS = new Set(
  `a an the and or but if of to in on at by for from with without about as into onto over under after before during
  since until than then that this these those there here it its is are was were be been being has have had do does did
  will would can could should may might must not no nor so such very also just only more most some any each other
  he she they we you i him her them us our their his my your who whom whose which what when where why how all both
  mr mrs ms dr while says said say told tells according reported reports reportedly added stated per up out off
  der die das den dem des ein eine einen einem einer eines und oder aber wenn weil dass daß nicht kein keine ist sind
  war waren wird werden wurde wurden hat haben hatte im in am an auf aus bei mit nach von vor zu zum zur über unter
  sich er sie es wir ihr man auch noch nur schon sehr wie als so laut sagte sagten teilte mit
  le la les un une des du de et ou mais si que qui quoi ne pas plus est sont était été a ont avait au aux dans sur par
  pour avec sans sous selon il elle ils elles on nous vous se ce cette ces son sa ses leur leurs en y déclaré
  el los las unos unas del al y o pero si que quien no es son era fue han ha había en con sin por para sobre según
  él ella ellos ellas se su sus lo le les este esta estos estas dijo
  и в во не на что с со как а то все она он они мы вы его ее её их по к у же за из от до о об для при это этот эта
  был была были быть есть но или ли бы уже также сказал заявил сообщил словам данным
  і в у та що з із як але або не на до від за по для про це цей ця його її їх він вона вони ми ви був була були бути
  також вже заявив повідомив словами даними`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);
