/**
 * Countries (and a few unions) with their adjectives and capitals, to read "Ukrainian President", "President of
 * Ukraine" and "Ukraine's president" as one office, and to keep places out of people's names.
 * Each entry: names (first is canonical) | adjectives (first is canonical) | capitals.
 */
const DATA = `Afghanistan|Afghan|Kabul;Albania|Albanian|Tirana;Algeria|Algerian|Algiers;Andorra|Andorran;Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires;Armenia|Armenian|Yerevan;Australia|Australian|Canberra;Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku;Bahamas|Bahamian;Bahrain|Bahraini|Manama;Bangladesh|Bangladeshi|Dhaka;Barbados|Barbadian
Belarus|Belarusian|Minsk;Belgium|Belgian|Brussels;Belize|Belizean;Benin|Beninese;Bhutan|Bhutanese;Bolivia|Bolivian
Bosnia and Herzegovina,Bosnia|Bosnian|Sarajevo;Botswana|Botswanan;Brazil|Brazilian|Brasilia;Brunei|Bruneian
Bulgaria|Bulgarian|Sofia;Burkina Faso|Burkinabe;Burundi|Burundian;Cambodia|Cambodian|Phnom Penh;Cameroon|Cameroonian
Canada|Canadian|Ottawa;Cape Verde,Cabo Verde|Cape Verdean;Central African Republic|Central African;Chad|Chadian
Chile|Chilean|Santiago;China|Chinese|Beijing;Colombia|Colombian|Bogota;Comoros|Comoran;Congo|Congolese|Kinshasa,Brazzaville
Costa Rica|Costa Rican;Croatia|Croatian|Zagreb;Cuba|Cuban|Havana;Cyprus|Cypriot|Nicosia;Czech Republic,Czechia|Czech|Prague
Denmark|Danish|Copenhagen;Djibouti|Djiboutian;Dominican Republic|Dominican;Ecuador|Ecuadorian|Quito;Egypt|Egyptian|Cairo
El Salvador|Salvadoran;Equatorial Guinea|Equatoguinean;Eritrea|Eritrean|Asmara;Estonia|Estonian|Tallinn;Eswatini|Swazi
Ethiopia|Ethiopian|Addis Ababa;Fiji|Fijian;Finland|Finnish|Helsinki;France|French|Paris;Gabon|Gabonese;Gambia|Gambian
Georgia|Georgian|Tbilisi;Germany|German|Berlin;Ghana|Ghanaian|Accra;Greece|Greek|Athens;Guatemala|Guatemalan;Guinea|Guinean
Guyana|Guyanese;Haiti|Haitian;Honduras|Honduran;Hungary|Hungarian|Budapest;Iceland|Icelandic|Reykjavik;India|Indian|New Delhi
Indonesia|Indonesian|Jakarta;Iran|Iranian|Tehran;Iraq|Iraqi|Baghdad;Ireland|Irish|Dublin;Israel|Israeli|Jerusalem
Italy|Italian|Rome;Ivory Coast|Ivorian;Jamaica|Jamaican;Japan|Japanese|Tokyo;Jordan|Jordanian|Amman;Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi;Kosovo|Kosovar|Pristina;Kuwait|Kuwaiti;Kyrgyzstan|Kyrgyz|Bishkek;Laos|Laotian|Vientiane;Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut;Liberia|Liberian|Monrovia;Libya|Libyan|Tripoli;Liechtenstein;Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish;Madagascar|Malagasy;Malawi|Malawian;Malaysia|Malaysian|Kuala Lumpur;Maldives|Maldivian;Mali|Malian|Bamako
Malta|Maltese|Valletta;Mauritania|Mauritanian;Mauritius|Mauritian;Mexico|Mexican|Mexico City;Moldova|Moldovan|Chisinau
Monaco|Monegasque;Mongolia|Mongolian|Ulaanbaatar;Montenegro|Montenegrin|Podgorica;Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo;Myanmar,Burma|Burmese;Namibia|Namibian|Windhoek;Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch|Amsterdam,The Hague;New Zealand|New Zealander|Wellington;Nicaragua|Nicaraguan|Managua;Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja;North Korea|North Korean|Pyongyang;North Macedonia,Macedonia|Macedonian|Skopje;Norway|Norwegian|Oslo
Oman|Omani|Muscat;Pakistan|Pakistani|Islamabad;Palestine|Palestinian|Ramallah;Panama|Panamanian;Papua New Guinea|Papua New Guinean
Paraguay|Paraguayan|Asuncion;Peru|Peruvian|Lima;Philippines|Philippine,Filipino|Manila;Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon;Qatar|Qatari|Doha;Romania|Romanian|Bucharest;Russia,Russian Federation|Russian|Moscow
Rwanda|Rwandan|Kigali;Saudi Arabia|Saudi|Riyadh;Senegal|Senegalese|Dakar;Serbia|Serbian|Belgrade;Sierra Leone|Sierra Leonean
Singapore|Singaporean;Slovakia|Slovak|Bratislava;Slovenia|Slovenian|Ljubljana;Somalia|Somali|Mogadishu
South Africa|South African|Pretoria;South Korea|South Korean|Seoul;South Sudan|South Sudanese|Juba;Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo;Sudan|Sudanese|Khartoum;Suriname|Surinamese;Sweden|Swedish|Stockholm;Switzerland|Swiss|Bern
Syria|Syrian|Damascus;Taiwan|Taiwanese|Taipei;Tajikistan|Tajik|Dushanbe;Tanzania|Tanzanian|Dodoma;Thailand|Thai|Bangkok
Togo|Togolese;Trinidad and Tobago|Trinidadian;Tunisia|Tunisian|Tunis;Turkey,Turkiye,Türkiye|Turkish|Ankara
Turkmenistan|Turkmen|Ashgabat;Uganda|Ugandan|Kampala;Ukraine|Ukrainian|Kyiv,Kiev;United Arab Emirates,UAE|Emirati|Abu Dhabi
United Kingdom,Britain,Great Britain,U.K.,UK|British|London;Uruguay|Uruguayan|Montevideo;Uzbekistan|Uzbek|Tashkent
United States,United States of America,America,U.S.,US,USA,U.S.A.|American,U.S.|Washington;Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi;Yemen|Yemeni|Sanaa;Zambia|Zambian|Lusaka;Zimbabwe|Zimbabwean|Harare
European Union,EU,E.U.|European;United Nations,UN,U.N.;NATO;Soviet Union,USSR|Soviet`

export interface Country {
  /** Canonical name: "Ukraine". */
  name: string
  /** Canonical adjective, or null: "Ukrainian". */
  adjective: string | null
}

const key = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')

const byName = new Map<string, Country>()
const byAdjective = new Map<string, Country>()
const byCapital = new Map<string, Country>()
for (const entry of DATA.split(/[;\n]/)) {
  const [names = '', adjectives = '', capitals = ''] = entry.split('|')
  const nameList = names.split(',')
  const adjectiveList = adjectives ? adjectives.split(',') : []
  const country: Country = { name: nameList[0]!, adjective: adjectiveList[0] ?? null }
  for (const n of nameList) byName.set(key(n), country)
  for (const a of adjectiveList) byAdjective.set(key(a), country)
  for (const c of capitals ? capitals.split(',') : []) byCapital.set(key(c), country)
}

const firstWords = new Set(
  [...byName.keys(), ...byAdjective.keys(), ...byCapital.keys()].map((k) => k.split(' ')[0]!)
)

/** Whether some place's name starts with this word (a quick test before looking a phrase up). */
export function mayStartPlace(word: string): boolean {
  return firstWords.has(key(word.replace(/['’]s$/, '')))
}

/** The longest phrase length (in words) of any entry. */
export const MAX_PLACE_WORDS = 4

/** The country a name ("Ukraine", "the United States", "U.S.") stands for, or null. */
export function countryNamed(phrase: string): Country | null {
  return byName.get(key(phrase.replace(/^the\s+/i, ''))) ?? null
}

/** The country an adjective ("Ukrainian", "U.S.") or a name stands for, or null. */
export function countryOf(phrase: string): Country | null {
  const k = key(phrase.replace(/^the\s+/i, ''))
  return byAdjective.get(k) ?? byName.get(k) ?? null
}

/** The country whose capital this is ("Moscow" → Russia), or null. */
export function capitalOf(phrase: string): Country | null {
  return byCapital.get(key(phrase)) ?? null
}

/** Whether a phrase is a country, an adjective of one, or a capital. */
export function isPlace(phrase: string): boolean {
  const k = key(phrase.replace(/^the\s+/i, ''))
  return byName.has(k) || byAdjective.has(k) || byCapital.has(k)
}
