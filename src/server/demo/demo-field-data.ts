import type { CollectionForms } from '../../core/collection/build-collection-forms';
import { createSeededRandom } from '../../core/synthetic/create-seeded-random';
import type { ComplaintChannel } from '../db/schema/collection';

/** Made-up field data of one demo unit, never real: officials, answers, complaints and survey responses. */
export interface DemoUnitFieldData {
  respondents: DemoRespondent[];
  answers: DemoAnswer[];
  complaints: DemoComplaint[];
  surveyResponses: Record<string, number>[];
}

export interface DemoRespondent {
  key: string;
  roleCode: string;
  name: string;
  jobTitle: string;
  employment: 'asn' | 'non-asn' | null;
  decreeNumber: string | null;
  decreeDate: string | null;
  interviewedOn: string;
}

export interface DemoAnswer {
  /** The respondent's key, or null for the assessor's unit-level answers. */
  respondentKey: string | null;
  indicatorCode: string;
  level: number | null;
  note: string;
  withEvidence: boolean;
}

export interface DemoComplaint {
  reference: string;
  channel: ComplaintChannel;
  receivedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  outcome: 'resolved' | 'in-progress';
  summary: string;
}

export interface DemoUnitOptions {
  seed: number;
  /** 0–1: how well the unit does; the demo spreads units over every category. */
  quality: number;
  /** Share of questions answered (1 for a finished unit). */
  answeredShare: number;
  surveyResponses: number;
  /** Field work happened around this day. */
  fieldDay: Date;
  unitName: string;
}

const officials: Record<string, { jobTitle: string; names: string[] }> = {
  'kepala-unit': {
    jobTitle: 'Kepala',
    names: ['Drs. H. Ahmad Fauzi, M.Si.', 'Hj. Siti Rahmawati, S.E., M.M.'],
  },
  'petugas-pelayanan': { jobTitle: 'Petugas pelayanan', names: ['Rina Marlina, S.Kom.', 'Dedi Kurniawan'] },
  'ketua-tim-pengaduan': {
    jobTitle: 'Ketua tim pengelola pengaduan',
    names: ['Yusuf Hidayat, S.H.', 'Nurhayati, S.Sos.'],
  },
  'petugas-pengaduan': { jobTitle: 'Petugas pengaduan', names: ['Andi Saputra, A.Md.', 'Lestari Wulandari'] },
};
const channels: ComplaintChannel[] = ['sp4n-lapor', 'in-person', 'whatsapp', 'phone', 'social-media'];
const dayMs = 24 * 60 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

export function generateDemoUnitFieldData(
  forms: CollectionForms,
  options: DemoUnitOptions,
): DemoUnitFieldData {
  const random = createSeededRandom(options.seed);
  const day = options.fieldDay.toISOString().slice(0, 10);
  const respondents: DemoRespondent[] = forms.byRole
    .filter((form) => officials[form.role.code] !== undefined)
    .map((form, index) => {
      const official = officials[form.role.code] ?? { jobTitle: '', names: [''] };
      const isComplaintOfficer = form.role.code === 'petugas-pengaduan';
      return {
        key: form.role.code,
        roleCode: form.role.code,
        name: official.names[(options.seed + index) % official.names.length] ?? '',
        jobTitle: `${official.jobTitle} ${options.unitName}`,
        employment: form.role.code === 'petugas-pelayanan' ? (random() < 0.7 ? 'asn' : 'non-asn') : null,
        decreeNumber: isComplaintOfficer ? `800/${100 + (options.seed % 800)}/SK/${day.slice(0, 4)}` : null,
        decreeDate: isComplaintOfficer ? `${day.slice(0, 4)}-01-15` : null,
        interviewedOn: day,
      };
    });
  const levelFor = (levels: readonly { value: number }[]): number => {
    const values = levels.map((level) => level.value).sort((a, b) => a - b);
    const position = Math.min(
      values.length - 1,
      Math.floor((options.quality * 0.8 + random() * 0.35) * values.length),
    );
    return values[Math.max(0, position)] ?? 0;
  };
  const answers: DemoAnswer[] = [];
  const answered = () => random() < options.answeredShare;
  for (const form of forms.byRole) {
    if (officials[form.role.code] === undefined) continue;
    for (const question of form.questions) {
      if (!answered()) continue;
      answers.push({
        respondentKey: form.role.code,
        indicatorCode: question.indicatorCode,
        level: levelFor(question.levels),
        note: '',
        withEvidence: question.needsEvidence && random() < 0.5 + options.quality / 2,
      });
    }
  }
  for (const method of ['observation', 'document', 'complaint-records'] as const) {
    for (const question of forms.byMethod[method]) {
      if (question.method === 'interview' || !answered()) continue;
      const level = levelFor(question.levels);
      answers.push({
        respondentKey: null,
        indicatorCode: question.indicatorCode,
        level,
        note: level === 0 ? 'Belum tersedia saat observasi (data demo).' : '',
        withEvidence: question.needsEvidence && level > 0 && random() < 0.6 + options.quality / 2.5,
      });
    }
  }
  const complaints: DemoComplaint[] = [];
  const complaintCount = options.answeredShare >= 1 ? 3 + Math.floor(random() * 4) : Math.floor(random() * 3);
  for (let index = 0; index < complaintCount; index += 1) {
    const receivedAt = new Date(options.fieldDay.getTime() - (20 + Math.floor(random() * 150)) * dayMs);
    const responseHours = Math.round((1 - options.quality) * 120 * random()) + 2;
    const resolved = random() < 0.4 + options.quality / 2;
    complaints.push({
      reference: `ADU-${day.slice(0, 4)}-${String(index + 1).padStart(3, '0')}`,
      channel: channels[Math.floor(random() * channels.length)] ?? 'in-person',
      receivedAt,
      firstResponseAt: new Date(receivedAt.getTime() + responseHours * hourMs),
      resolvedAt: resolved
        ? new Date(receivedAt.getTime() + (responseHours + 24 * (1 + Math.floor(random() * 14))) * hourMs)
        : null,
      outcome: resolved ? 'resolved' : 'in-progress',
      summary: 'Keterlambatan layanan (data demo).',
    });
  }
  const surveyQuestions = forms.byMethod.survey;
  const surveyResponses = Array.from({ length: options.surveyResponses }, () =>
    Object.fromEntries(
      surveyQuestions.map((question) => [question.indicatorCode, levelFor(question.levels)]),
    ),
  );
  return { respondents, answers, complaints, surveyResponses };
}
