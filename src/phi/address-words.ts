// Closed-class vocabulary of the address rules in address.ts.
const words = (s: string) => new Set(s.split(" "));

export const UNIT = words("apt apartment unit suite ste # bldg building lot flat fl floor trailer space rm");
export const BOX = words("box postbox pobox");
export const DIRECTIONS = words("n s e w ne nw se sw north south east west");
export const STREET_ABBR = words(
  "st ave av rd blvd dr ln ct pl ter cir hwy pkwy trl sq cres way pike aly expy fwy rte route crt ul str al pkwy",
);
// Street words glued to the name in Germanic, Nordic, Dutch, Finnish and other languages.
export const STREET_ENDINGS = words(
  "strasse straße str vej gade gatan vagen veien vegen gata weg laan straat utca katu tie braut vegur gasse allee platz dreef plein kuja polku tanya ulica ulitsa sokak caddesi strada vagur",
);
const ENDING_LENGTHS = [3, 4, 5, 6, 7];
export function hasStreetEnding(f: string): boolean {
  for (const n of ENDING_LENGTHS) if (f.length > n + 2 && STREET_ENDINGS.has(f.slice(-n))) return true;
  return false;
}
// Street words written after the name, lowercase, and only a street when a number follows:
// "Király u. 15", "Rákóczi út 13", "Hegedûs Gyula utca 76", "Erzsébet tér 19", "Stensås terrasse 38".
export const POST_STREET = words("u út utca útja tér körút krt köz sor terrasse ulica cesta namesti náměstí");
export const US_STATES = words(
  "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr gu vi aa ae ap",
);
// Street words that stay lowercase in their languages: "ul. Słowicza 10", "rue du centre 320".
export const LOWER_PREFIX = words("rue ul via calle rua rúa avenida av trg al os avda utca c cesta");
export const ZIP = /^\d{5}(?:-\d{4})?$|^\d{2}-\d{3}$|^\d{4}$|^\d{3}$/;
export const STOP_GAP = /[.!?;]\s|\n\s*\n/;
