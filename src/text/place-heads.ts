/**
 * Words that head a street or place name and name nothing alone: "Avenue" in "97th Avenue" and "Evergreen Avenue",
 * "Park" in "Mount Cook National Park". Two names sharing one share no place, and such a word is never a surname.
 */
export const PLACE_HEAD =
  /^(?:street|avenue|road|boulevard|lane|drive|highway|route|way|place|square|park|court|county|city|hill|hills|river|lake|mountain|mount|island|bay|beach|valley|bridge|north|south|east|west)$/u;
