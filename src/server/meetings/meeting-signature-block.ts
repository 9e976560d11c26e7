import type { Content } from 'pdfmake/interfaces';
import type { Meeting } from '../../contracts/meetings.contract';

type Attendee = Meeting['attendees'][number];

/** An attendee from the Ombudsman's side: their institution names the Ombudsman (centre or Perwakilan). */
function isOmbudsmanSide(attendee: Attendee): boolean {
  return /ombudsman/i.test(attendee.institution);
}

/**
 * Who signs the minutes for each side: the first attendee listed from the Ombudsman and the first from the
 * assessed government (the list is kept in the order the team enters it, head of delegation first). A side
 * with nobody listed prints an empty line to fill in by hand.
 */
export function minutesSignatories(meeting: Meeting): { ombudsman?: Attendee; government?: Attendee } {
  const ombudsman = meeting.attendees.find(isOmbudsmanSide);
  const government = meeting.attendees.find((attendee) => !isOmbudsmanSide(attendee));
  return { ...(ombudsman ? { ombudsman } : {}), ...(government ? { government } : {}) };
}

/**
 * The signature block at the end of the minutes: both sides side by side, each with its party, the
 * signatory's position, room for the signature (and stamp) and the name.
 */
export function minutesSignatureBlock(meeting: Meeting, officeName: string): Content {
  const { ombudsman, government } = minutesSignatories(meeting);
  const column = (party: string, signatory: Attendee | undefined) => ({
    width: '*' as const,
    stack: [
      { text: party, bold: true, alignment: 'center' as const },
      {
        text: signatory?.jobTitle ?? '(jabatan)',
        alignment: 'center' as const,
        margin: [0, 2, 0, 0] as [number, number, number, number],
      },
      { text: ' ', margin: [0, 36, 0, 0] as [number, number, number, number] },
      {
        text: signatory?.name ?? '(.................................)',
        bold: true,
        ...(signatory ? { decoration: 'underline' as const } : {}),
        alignment: 'center' as const,
      },
    ],
  });
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    stack: [
      { text: 'Yang menandatangani notulen ini:', margin: [0, 0, 0, 8] },
      {
        columns: [
          column(`Untuk ${officeName}`, ombudsman),
          column(`Untuk ${meeting.entityName}`, government),
        ],
        columnGap: 24,
      },
    ],
  };
}
