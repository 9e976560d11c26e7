// English texts beside the Indonesian ones in tour-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { tourMessagesId } from './tour-messages';

export const tourMessagesEn: typeof tourMessagesId = {
  nav: 'Start here',
  title: 'Start here',
  intro:
    'Six groups of users work in Patuh. Pick a role to see its work; demo data is loaded (South Sumatra, Musi Banyuasin regency). Every demo account uses the password {{password}} — demo only.',
  signInAs: 'Sign in as {{email}}',
  account: 'Demo account',
  roles: {
    public: {
      title: 'The public',
      what: 'See published results without an account: the zone map, national and provincial rankings, each government’s history, open data, and check that a certificate is genuine.',
    },
    admin: {
      title: 'Ombudsman centre (administrator)',
      what: 'Sets methodology editions and assessment cycles with their phases, manages users, imports earlier years’ results, finalises results and sets their publication time.',
    },
    coordinator: {
      title: 'Provincial office (coordinator)',
      what: 'Chooses loci and service units, assigns assessors and verifiers, records entry meetings, follows field progress and approves entities whose units are all verified.',
    },
    assessor: {
      title: 'Assessor',
      what: 'Interviews four officials per unit, fills the observation and document checks with photos and evidence, samples complaint records, shares the service-user survey link, then submits the unit.',
    },
    verifier: {
      title: 'Verifier',
      what: 'Reviews submitted units, returns them with notes per indicator or verifies them, and decides objections during the objection window.',
    },
    liaison: {
      title: 'Liaison of an assessed government',
      what: 'Sees their entity’s locus and meetings, the provisional result during the objection window, files objections, then works through the improvement plan with coaching.',
    },
  },
  links: {
    portal: 'Results portal',
    entityHistory: 'Musi Banyuasin’s history',
    cycles: 'Assessment cycles',
    directory: 'Entity and unit directory',
    resultsImport: 'Results import',
    users: 'Users',
    audit: 'Audit trail',
    home: 'Home with my loci',
    survey: 'A service-user survey (the QR link)',
    finalise: 'Finalising the 2025 results',
    documents: 'Bulk certificates and report cards',
    progress: 'Field progress 2026',
    locus: 'Musi Banyuasin locus 2026',
    plans: 'Improvement plans',
    coaching: 'Coaching',
    plan: 'Musi Banyuasin’s improvement plan',
    simulator: 'What-if simulator',
  },
};
