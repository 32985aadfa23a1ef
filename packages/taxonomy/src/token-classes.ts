import { normalizeTokens } from './normalize.js';
import { stemToken } from './stem-token.js';

/**
 * Token classes used when a tag is matched word by word. Written as people type them and
 * normalized at load, so the lists follow normalize.ts automatically.
 */

/** Function words: never evidence of a sector. */
const STOPWORDS_RAW = [
  // en
  'the of for in on a an to with by at from via using based into our new',
  // tr
  'için icin bir ve ile de da olarak yeni içi içinde',
  // fa
  'و در از به با برای را که این یک های',
  // ar
  'و في من على عن مع ل ب ال',
  // Cities name where, not what ("أمانة منطقة الرياض", "شهرداری شیراز"); some meet need words
  // once stemmed or with a typo (الرياض: الرياضة sport, الدوحة: الدوشة noise), so they never vote
  'الرياض جدة مكة الدمام دبي أبوظبي الشارقة الدوحة الكويت المنامة مسقط',
  'بغداد البصرة الموصل أربيل عمان بيروت دمشق حلب القاهرة الإسكندرية الجيزة',
  'الرباط تونس الجزائر وهران طرابلس مراكش فاس',
  'تهران اصفهان شیراز تبریز کرج قم اهواز رشت کرمانشاه یزد کیش',
  // the catch-all row of a form ("Other", "Diğer", "سایر", "أخرى"): no sector, and "diğer"
  // is one letter from "değer" (value, as in property value tax)
  'other others misc miscellaneous etc diğer diğerleri سایر دیگر أخرى اخرى',
];

/**
 * Words that qualify a need rather than name it ("platform", "smart", "urban"): they do not
 * map a tag alone, and a phrase match that leaves only them uncovered still counts as whole.
 */
const GENERIC_RAW = [
  // en
  'system solution service platform technology tech app application software tool',
  'management smart digital intelligent urban city municipal municipality public local',
  'sector industry innovation project program monitoring optimization optimisation online mobile',
  'startup company provider sustainable green integrated advanced problem issue challenge',
  // "AI for traffic", "SaaS for municipalities": the domain names the need, not the tool
  'ai artificial intelligence saas',
  // "management" shortened on slides and spreadsheets: "Fleet Mgmt", "Parking Mgmt."
  'mgmt mgt mngmt mgmnt',
  // the unit that owns the need, not the need: "Health Department", "Parking Authority"
  'department dept office directorate division bureau authority agency administration',
  // how the need is bought, not what it is: "… hizmet alımı", "… tender"
  'procurement tender tendering',
  // "SDG 11": the goal's number names it (see the SDG forms), the word alone does not
  'sdg',
  // tr
  'sistem sistemleri çözüm çözümleri hizmet hizmetleri platform teknoloji teknolojileri',
  'uygulama yazılım yönetim yönetimi akıllı dijital kentsel şehir kent belediye kamu yerel',
  'sektör sektörü inovasyon proje izleme optimizasyon girişim sürdürülebilir yeşil entegre',
  'sorun sorunu sorunları problem problemi dijitalleşme dijitalleşmesi',
  // municipal units named as the sector: "Park ve Bahçeler Müdürlüğü", "Afet İşleri Daire
  // Başkanlığı", "Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
  'müdürlüğü müdürlük daire dairesi başkanlığı başkanlık genel idaresi idare işleri şube birimi ofisi',
  'alımı alım ihale ihalesi',
  // fa
  'سامانه سیستم راهکار راهکارها راه حل فناوری فناوری‌های تکنولوژی پلتفرم نرم افزار',
  'اپلیکیشن مدیریت هوشمند دیجیتال شهری شهر شهرداری عمومی محلی خدمات صنعت نوآوری',
  'پروژه پایش بهینه سازی استارتاپ شرکت پایدار سبز یکپارچه مشکل مشکلات معضل چالش',
  // the body or the procedure that publishes a need, not the need: "سازمان پسماند",
  // "معاونت امور اجتماعی", "مناقصه رفت و روب"
  'سازمان معاونت اداره امور مناقصه مزایده فراخوان',
  // a district of the city ("شهرداری منطقه ۶"), not district heating
  'منطقه',
  // ar
  'نظام أنظمة حلول حل منصة تقنية تقنيات تكنولوجيا تطبيق برمجيات إدارة ذكي ذكية رقمي',
  'رقمية حضري حضرية مدينة المدن بلدية البلدية عامة محلي قطاع ابتكار مشروع مراقبة',
  'مستدام مستدامة خضراء متكامل مشاريع مشكلة مشاكل مشكلات الذكاء الاصطناعي',
  // the body or the procedure, not the need ("هيئة النقل", "الشؤون الاجتماعية", "المناقصات");
  // رؤية: a plan's name ("رؤية 2030"), which would otherwise meet الرؤية الحاسوبية
  'هيئة دائرة مديرية وزارة الشؤون شؤون مناقصة مناقصات المناقصات رؤية',
  // where, not what: "أمانة منطقة الرياض", "أمانة عمان الكبرى" (الكبرى is not الكباري, bridges)
  'منطقة المنطقة الكبرى',
  // سمارت: "smart" transliterated; أمانة: the municipality in Saudi Arabia (أمانة الرياض)
  'سمارت أمانة',
  // موارد: resources in Arabic (موارد البلدية) but items in Persian ("سایر موارد": other items)
  'موارد',
];

function tokenSet(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) for (const t of normalizeTokens(line)) out.add(t);
  return out;
}

export const STOPWORDS: ReadonlySet<string> = tokenSet(STOPWORDS_RAW);
export const GENERIC_WORDS: ReadonlySet<string> = tokenSet(GENERIC_RAW);
const GENERIC_STEMS: ReadonlySet<string> = new Set([...GENERIC_WORDS].map(stemToken));

/** The Persian/Arabic conjunction kept inside compounds (`حمل و نقل`). */
export const WAW = 'و';

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Generic in any inflection: `platform`, `platforms`, `projeler`, `سامانه‌ها`. */
export function isGeneric(token: string): boolean {
  return GENERIC_WORDS.has(token) || GENERIC_STEMS.has(stemToken(token));
}
