/** Iranian fixed-line area codes (without the trunk 0) -> province. */
export const IRAN_AREA_CODES: Readonly<Record<string, string>> = {
  '11': 'Mazandaran',
  '13': 'Gilan',
  '17': 'Golestan',
  '21': 'Tehran',
  '23': 'Semnan',
  '24': 'Zanjan',
  '25': 'Qom',
  '26': 'Alborz',
  '28': 'Qazvin',
  '31': 'Isfahan',
  '34': 'Kerman',
  '35': 'Yazd',
  '38': 'Chaharmahal and Bakhtiari',
  '41': 'East Azerbaijan',
  '44': 'West Azerbaijan',
  '45': 'Ardabil',
  '51': 'Razavi Khorasan',
  '54': 'Sistan and Baluchestan',
  '56': 'South Khorasan',
  '58': 'North Khorasan',
  '61': 'Khuzestan',
  '66': 'Lorestan',
  '71': 'Fars',
  '74': 'Kohgiluyeh and Boyer-Ahmad',
  '76': 'Hormozgan',
  '77': 'Bushehr',
  '81': 'Hamadan',
  '83': 'Kermanshah',
  '84': 'Ilam',
  '86': 'Markazi',
  '87': 'Kurdistan',
};

function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n += 1) out.push(String(n));
  return out;
}

/** Allocated mobile prefixes as the 3 digits after the trunk 0 (0912 -> '912'). */
export const IRAN_MOBILE_PREFIXES: ReadonlySet<string> = new Set([
  ...range(900, 905), // Irancell
  ...range(910, 919), // MCI (Hamrah-e Avval)
  ...range(920, 922), // RighTel
  ...range(930, 939), // Irancell, Taliya, Kish TCI
  '941', // Irancell
  ...range(990, 999), // MCI, Shatel, ApTel, Samantel, etc.
]);
