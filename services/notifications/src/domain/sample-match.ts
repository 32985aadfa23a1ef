import type { EmailLanguage } from './email-language.js';
import type {
  ChallengeSummary,
  DigestEmailInput,
  EmailRecipient,
  MatchEmailInput,
  MatchSummary,
  SectorLabel,
} from './match-email-input.js';
import { signUnsubscribeToken } from './unsubscribe-token.js';

// A built-in sample for `pnpm preview:email` and the layout tests: a Turkish challenge sent to
// a startup in each language, so the chrome/content language split is always on show.

const PREVIEW_SECRET = 'preview-only-secret-never-used-to-send';

const SECTOR_LABELS: Readonly<Record<string, Record<EmailLanguage, string>>> = {
  recycling: { en: 'Recycling', tr: 'Geri dönüşüm', fa: 'بازیافت', ar: 'إعادة التدوير' },
  'waste-management': {
    en: 'Waste management',
    tr: 'Atık yönetimi',
    fa: 'مدیریت پسماند',
    ar: 'إدارة النفايات',
  },
};

export const sampleSectorLabel: SectorLabel = (sectorId, language) =>
  SECTOR_LABELS[sectorId]?.[language];

const RECIPIENTS: Readonly<Record<EmailLanguage, Omit<EmailRecipient, 'language'>>> = {
  en: { startupId: 'stp-loop-labs', name: 'Loop Labs', email: 'hello@loop-labs.example' },
  tr: { startupId: 'stp-dongu', name: 'Döngü Teknoloji', email: 'merhaba@dongu.example' },
  fa: { startupId: 'stp-charkhe-no', name: 'چرخه‌نو', email: 'salam@charkhe-no.example' },
  ar: { startupId: 'stp-dawra', name: 'دورة للتقنيات النظيفة', email: 'marhaba@dawra.example' },
};

const STARTUP_TAGS: Readonly<Record<EmailLanguage, [recycling: string, bins: string]>> = {
  en: ['recycling', 'smart waste bins'],
  tr: ['geri dönüşüm', 'akıllı atık kutuları'],
  fa: ['بازیافت', 'سطل پسماند هوشمند'],
  ar: ['إعادة التدوير', 'حاويات النفايات الذكية'],
};

export const SAMPLE_CHALLENGES: readonly ChallengeSummary[] = [
  {
    challengeId: 'chl-izmir-sifir-atik',
    title: 'Sıfır Atık: Mahalle Ölçeğinde Geri Dönüşüm & Kompost Pilotu',
    orgName: 'İzmir Büyükşehir Belediyesi',
    city: 'İzmir',
    country: 'TR',
    deadline: '2026-03-21',
    language: 'tr',
    url: 'https://citymatch.example/challenges/chl-izmir-sifir-atik',
  },
  {
    challengeId: 'chl-amman-bins',
    title: 'حلول ذكية لجمع النفايات في وسط البلد',
    orgName: 'أمانة عمّان الكبرى',
    city: 'عمّان',
    country: 'JO',
    deadline: '2026-04-15T17:00:00+03:00',
    timeZone: 'Asia/Amman',
    language: 'ar',
    url: 'https://citymatch.example/challenges/chl-amman-bins',
  },
  {
    challengeId: 'chl-tehran-plastic',
    title: 'کاهش پسماند پلاستیکی در بازارهای محلی (فاز ۲)',
    orgName: 'شهرداری تهران',
    city: 'تهران',
    country: 'IR',
    deadline: null,
    language: 'fa',
    url: 'https://citymatch.example/challenges/chl-tehran-plastic',
  },
];

function sampleMatch(
  language: EmailLanguage,
  score: number,
  rank: number,
  sameCountry: boolean,
): MatchSummary {
  const [recycling, bins] = STARTUP_TAGS[language];
  return {
    score,
    rank,
    reasons: [
      {
        challengeTag: 'atık yönetimi',
        startupTag: bins,
        sectorId: 'waste-management',
        relation: 'child',
        strength: 0.6,
        weight: 0.3,
      },
      {
        challengeTag: 'geri dönüşüm',
        startupTag: recycling,
        sectorId: 'recycling',
        relation: 'exact',
        strength: 1,
        weight: 0.6,
      },
      ...(sameCountry
        ? [
            {
              challengeTag: 'TR',
              startupTag: 'TR',
              sectorId: 'TR',
              relation: 'country' as const,
              strength: 1,
              weight: 0.1,
            },
          ]
        : []),
    ],
  };
}

function sampleFrame(language: EmailLanguage) {
  const recipient: EmailRecipient = { ...RECIPIENTS[language], language };
  const token = signUnsubscribeToken(
    { startupId: recipient.startupId, expiresAt: new Date('2027-01-01T00:00:00Z') },
    PREVIEW_SECRET,
  );
  return {
    recipient,
    unsubscribe: {
      url: `https://citymatch.example/unsubscribe?token=${token}`,
      mailto: `mailto:unsubscribe@citymatch.example?subject=unsubscribe%20${token}`,
    },
    sectorLabel: sampleSectorLabel,
  };
}

/** The sample single-match email input for a startup that reads `language`. */
export function sampleMatchEmailInput(language: EmailLanguage): MatchEmailInput {
  const [challenge] = SAMPLE_CHALLENGES;
  return {
    ...sampleFrame(language),
    challenge: challenge!,
    match: sampleMatch(language, 0.87, 2, true),
  };
}

/** The sample daily digest (three challenges in three languages) for `language`. */
export function sampleDigestEmailInput(language: EmailLanguage): DigestEmailInput {
  return {
    ...sampleFrame(language),
    day: '2026-03-20',
    entries: SAMPLE_CHALLENGES.map((challenge, i) => ({
      challenge,
      match: sampleMatch(language, [0.87, 0.64, 0.71][i] ?? 0.5, [2, 1, 4][i] ?? 1, i === 0),
    })),
  };
}
