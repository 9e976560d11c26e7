/** Sumatera Selatan 2023, all 17 kab/kota, as published (domain.md §5). */
/** [entity, score, published rank, published category] */
export const sumatraSelatan2023: [string, number, number, string][] = [
  ['Musi Rawas', 94.95, 1, 'A'],
  ['OKU Timur', 94.39, 2, 'A'],
  ['Kota Palembang', 93.75, 3, 'A'],
  ['Musi Banyuasin', 91.72, 4, 'A'],
  ['Ogan Ilir', 90.29, 5, 'A'],
  ['Musi Rawas Utara', 88.62, 6, 'A'],
  ['Muara Enim', 88.51, 7, 'A'],
  ['Kota Lubuklinggau', 86.2, 8, 'B'],
  ['OKI', 85.81, 9, 'B'],
  ['Banyuasin', 85.4, 10, 'B'],
  ['OKU', 84.85, 11, 'B'],
  ['Kota Prabumulih', 83.54, 12, 'B'],
  ['Lahat', 80.58, 13, 'B'],
  ['Kota Pagaralam', 76.74, 14, 'C'],
  ['Empat Lawang', 76.21, 15, 'C'],
  ['OKU Selatan', 75.88, 16, 'C'],
  ['PALI', 72.63, 17, 'C'],
];
