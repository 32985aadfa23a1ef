import t from 'tap';
import { compactKey, MAX_TAG_INPUT, normalizeTag, normalizeTokens } from '../src/index.js';

// [as written, normalized]: real-world spellings, grouped by the rule they exercise
const CASES: readonly (readonly [string, string])[] = [
  // Turkish case folding (dotted/dotless i) and ASCII folding
  ['İSTANBUL', 'istanbul'],
  ['Istanbul', 'istanbul'],
  ['istanbul', 'istanbul'],
  ['ISTANBUL', 'istanbul'],
  ['atık yönetimi', 'atik yonetimi'],
  ['ATIK YÖNETİMİ', 'atik yonetimi'],
  ['atik yonetimi', 'atik yonetimi'],
  ['Geri Dönüşüm', 'geri donusum'],
  ['GERİ DÖNÜŞÜM', 'geri donusum'],
  ['Şehir güzelleştirme', 'sehir guzellestirme'],
  ['Akıllı Şehir', 'akilli sehir'],
  ['AKILLI ŞEHİR', 'akilli sehir'],
  ['Çöp toplama', 'cop toplama'],
  ['Kamu-Özel İşbirliği', 'kamu ozel isbirligi'],
  ['e-Belediye', 'e belediye'],
  ['Ulaşım ve Trafik', 'ulasim trafik'],
  ['Ulaşım & Trafik', 'ulasim trafik'],
  ["İstanbul'da", 'istanbul'],
  ['Tekirdağ', 'tekirdag'],
  ['Yaşlı bakımı', 'yasli bakimi'],
  ['Eğitim Teknolojileri', 'egitim teknolojileri'],
  ['Kültür ve Turizm', 'kultur turizm'],
  ['IŞIK', 'isik'],
  ['ılık', 'ilik'],
  ['Enerji Verimliliği', 'enerji verimliligi'],
  ['Hâl', 'hal'],
  ['Tele Tıp', 'tele tip'],
  // English case, separators, conjunctions, plurals, possessives
  ['Waste-Management', 'waste management'],
  ['WASTE_MANAGEMENT', 'waste management'],
  ['waste/recycling', 'waste recycling'],
  ['Waste & Recycling', 'waste recycling'],
  ['Waste and Recycling', 'waste recycling'],
  ['Waste + Recycling', 'waste recycling'],
  ['Smart Cities', 'smart city'],
  ['Utilities', 'utility'],
  ['Buses', 'bus'],
  ['Parks', 'park'],
  ['Services', 'service'],
  ['Boxes', 'box'],
  ['Analytics', 'analytic'],
  ['IoT', 'iot'],
  ['ITS', 'its'],
  ['GPS', 'gps'],
  ['Public-Private Partnerships', 'public private partnership'],
  ['E-Government', 'e government'],
  ['Internet Of Things', 'internet of thing'],
  ['Traffic   Management ', 'traffic management'],
  ['Health-care.', 'health care'],
  ["Citizens' participation", 'citizen participation'],
  ["Women's health", 'women health'],
  // Persian: ZWNJ joined, Arabic letter forms, digits, tatweel, diacritics
  ['حمل‌ونقل', 'حملونقل'],
  ['حمل و نقل', 'حمل و نقل'],
  ['حملونقل', 'حملونقل'],
  ['سرمایه‌گذاری', 'سرمایهگذاری'],
  ['سرمایه گذاری', 'سرمایه گذاری'],
  ['مديريت پسماند', 'مدیریت پسماند'],
  ['كاهش هزينه', 'کاهش هزینه'],
  ['پسماند‌ها', 'پسماندها'],
  ['اینترنت اشیاء', 'اینترنت اشیا'],
  ['سامانه ۱۳۷', 'سامانه 137'],
  ['پـــسماند', 'پسماند'],
  ['مُدیریت', 'مدیریت'],
  ['خانهٔ', 'خانه'],
  ['آب', 'اب'],
  ['بازی‌های رایانه‌ای', 'بازیهای رایانهای'],
  ['\u200fپارکینگ\u200e', 'پارکینگ'],
  ['زیبا‌سازی شهری', 'زیباسازی شهری'],
  ['سالمندى', 'سالمندی'],
  ['هوش مصنوعي', 'هوش مصنوعی'],
  // Arabic: alef forms, ta marbuta, alef maksura, hamza seats, digits, punctuation
  ['المدينة الذكية', 'المدینه الذکیه'],
  ['مدينة ذكيّة', 'مدینه ذکیه'],
  ['إعادة التدوير', 'اعاده التدویر'],
  ['أنظمة النقل', 'انظمه النقل'],
  ['الطاقة المتجددة', 'الطاقه المتجدده'],
  ['ٱلنقل', 'النقل'],
  ['الجيل ٥', 'الجیل 5'],
  ['الطـــاقة', 'الطاقه'],
  ['مؤسسة', 'موسسه'],
  ['الطوارئ', 'الطواری'],
  ['مستشفى', 'مستشفی'],
  ['النقل، المرور', 'النقل المرور'],
  ['ﻻ', 'لا'],
  // symbols, emoji, compatibility forms, accents
  ['🚀 Smart City 🏙️', 'smart city'],
  ['♻️ Recycling', 'recycling'],
  ['₺ ödeme', 'odeme'],
  ['Smart™ Parking®', 'smart parking'],
  ['Ｓｍａｒｔ　Ｃｉｔｙ', 'smart city'],
  ['Café', 'cafe'],
  ['naïve', 'naive'],
  ['!!!', ''],
  ['', ''],
  ['   ', ''],
  ['🚀🚀🚀', ''],
];

t.test('normalizes real-world spellings in four languages', async (t) => {
  t.ok(CASES.length >= 80, `${CASES.length} cases`);
  for (const [input, expected] of CASES)
    t.equal(normalizeTag(input), expected, JSON.stringify(input));
});

t.test('space, ZWNJ and no-space spellings meet on the compact key', async (t) => {
  const keys = ['حمل‌ونقل', 'حمل و نقل', 'حملونقل', 'حمل ‌ و ‌ نقل'].map((s) =>
    compactKey(normalizeTokens(s)),
  );
  t.same(new Set(keys).size, 1);
  t.equal(
    compactKey(normalizeTokens('النقل و المرور')),
    compactKey(normalizeTokens('النقل والمرور')),
  );
  t.equal(compactKey(normalizeTokens('e-government')), compactKey(normalizeTokens('eGovernment')));
});

t.test('one-letter abbreviations around & stay one token', async (t) => {
  t.equal(normalizeTag('R&D'), 'rd');
  t.equal(normalizeTag('R & D centres'), 'rd centre');
  t.equal(normalizeTag('A&E'), 'ae');
  t.equal(normalizeTag('waste & recycling'), 'waste recycling', 'words around & stay apart');
  t.equal(normalizeTag('Q&A / R&D'), 'qa rd');
});

t.test('never throws and caps huge input', async (t) => {
  t.equal(normalizeTag(null), '');
  t.equal(normalizeTag(undefined), '');
  t.equal(normalizeTag(42), '');
  const huge = normalizeTag('recycling '.repeat(1024));
  t.ok(huge.length <= MAX_TAG_INPUT, 'capped');
  t.ok(normalizeTag('a'.repeat(10_240)).length <= MAX_TAG_INPUT);
  t.equal(normalizeTag(`${'🏙️'.repeat(200)}x`), '', 'cut inside emoji stays clean');
});
