import type { PiagamInput } from './piagam-input';

/** The fixed wording of a piagam in each language (the variable parts come from the input). */
export interface PiagamWording {
  title: string;
  subtitle: string;
  presentedTo: string;
  achievement: string;
  score: string;
  category: string;
  opinion: string;
  zone: string;
  decree: string;
  verify: string;
}

const defaultAuthority = {
  id: 'Ketua Ombudsman Republik Indonesia',
  en: 'the Chair of the Ombudsman of the Republic of Indonesia',
};

export function piagamWording(input: PiagamInput): PiagamWording {
  const authority = input.decree.authority ?? defaultAuthority;
  if (input.zoneless === true) return opiniWording(input, authority);
  if (input.language === 'en') {
    return {
      title: input.award ? 'CERTIFICATE OF AWARD' : 'CERTIFICATE OF ASSESSMENT',
      subtitle: `Public Service Compliance Assessment ${input.year}`,
      presentedTo: 'is presented to',
      achievement: `for its result in the Public Service Compliance Assessment ${input.year}`,
      score: 'SCORE',
      category: 'CATEGORY',
      opinion: 'OPINION',
      zone: 'ZONE',
      decree: `Determined by decree of ${authority.en ?? authority.id} No. ${input.decree.number}`,
      verify: 'Verify this certificate',
    };
  }
  return {
    title: input.award ? 'PIAGAM PENGHARGAAN' : 'PIAGAM HASIL PENILAIAN',
    subtitle: `Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun ${input.year}`,
    presentedTo: 'diberikan kepada',
    achievement: `atas hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun ${input.year}`,
    score: 'NILAI',
    category: 'KATEGORI',
    opinion: 'OPINI',
    zone: 'ZONA',
    decree: `Ditetapkan dengan Keputusan ${authority.id} Nomor ${input.decree.number}`,
    verify: 'Verifikasi keaslian piagam',
  };
}

/** The Opini Ombudsman RI award (Peraturan Ombudsman 61/2025): the method's own name, no zone. */
function opiniWording(input: PiagamInput, authority: { id: string; en?: string | undefined }): PiagamWording {
  if (input.language === 'en') {
    return {
      title: 'OPINI OMBUDSMAN RI',
      subtitle: `Public Service Maladministration Assessment ${input.year}`,
      presentedTo: 'is awarded to',
      achievement: `for its opinion in the Public Service Maladministration Assessment ${input.year}`,
      score: 'SCORE',
      category: 'CATEGORY',
      opinion: 'OPINION',
      zone: '',
      decree: `Determined by decree of ${authority.en ?? authority.id} No. ${input.decree.number}`,
      verify: 'Verify this certificate',
    };
  }
  return {
    title: 'OPINI OMBUDSMAN RI',
    subtitle: `Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik Tahun ${input.year}`,
    presentedTo: 'dianugerahkan kepada',
    achievement: `atas opini hasil Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik Tahun ${input.year}`,
    score: 'NILAI',
    category: 'KATEGORI',
    opinion: 'OPINI',
    zone: '',
    decree: `Ditetapkan dengan Keputusan ${authority.id} Nomor ${input.decree.number}`,
    verify: 'Verifikasi keaslian piagam',
  };
}
