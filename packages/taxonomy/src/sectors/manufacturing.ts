import { area, child, type SectorDef } from '../sector-types.js';

const manufacturing = area(
  'manufacturing',
  'tight',
  {
    en: 'Local manufacturing & import substitution',
    tr: 'Yerli üretim ve yerlileştirme',
    fa: 'بومی‌سازی و ساخت داخل',
    ar: 'التصنيع المحلي وإحلال الواردات',
  },
  {
    // Gulf local-content programmes
    en: 'local manufacturing | local production | domestic production | domestic manufacturing | import substitution | import replacement | localization | localisation | local content | indigenization | indigenous production | made locally | locally made | reshoring | self sufficiency | reducing import dependence | reducing dependence on imports | domestic suppliers | local suppliers | national production | domestically produced | domestically manufactured | technology transfer | indigenous technology | import dependency | import dependence | dependence on imports | imported equipment | replacing imported equipment | homegrown | home-grown | home grown technology | localization of production | localisation of production | in-country value | ICV',
    tr: 'yerli üretim | yerel üretim | yerli imalat | yerlileştirme | yerlilestirme | yerlileşme | millileştirme | yerli ve milli | yerli ve milli üretim | ithal ikamesi | ithalat ikamesi | ithalatın azaltılması | ithal ürünler | ithal ürünlerin yerlileştirilmesi | ithal ürünlerin yerine yerli üretim | dışa bağımlılığın azaltılması | dışa bağımlılık | yerli tedarikçi | yerli sanayi | yerli katkı | yerli malı | yerli teknoloji | teknoloji transferi | ithalata bağımlılık | ithalat bağımlılığı | dışa bağımlılığı azaltma | teknoloji bağımlılığı | ithal ekipman | ithal ekipmanlar | ithal makineler',
    fa: 'بومی سازی | بومی‌سازی | بومیسازی | ساخت داخل | تولید داخل | تولید داخلی | ساخت داخلی | تولید ملی | جایگزینی واردات | جایگزین واردات | کاهش وابستگی | کاهش وابستگی به واردات | کاهش وابستگی به خارج | قطع وابستگی | خودکفایی | خوداتکایی | حمایت از تولید داخلی | توان داخلی | داخلی سازی | ساخت ایران | انتقال فناوری | انتقال تکنولوژی | تولید بومی | ساخت بومی | تحریم | تحریم‌ها | مقابله با تحریم | توسعه تامین کنندگان | توسعه تأمین‌کنندگان داخلی | تجهیزات وارداتی | جایگزینی تجهیزات وارداتی | فناوری بومی | کالای ایرانی | حمایت از کالای ایرانی',
    ar: 'التصنيع المحلي | الإنتاج المحلي | الصناعة المحلية | الصناعات المحلية | إحلال الواردات | بدائل الواردات | تقليل الاعتماد على الواردات | توطين | التوطين | توطين الصناعة | توطين الصناعات | المحتوى المحلي | صنع محليا | الاكتفاء الذاتي | الموردين المحليين | المنتج الوطني | نقل التكنولوجيا | نقل التقنية | توطين التكنولوجيا | توطين التقنية | المعدات المستوردة | استبدال المعدات المستوردة | تقليل الاستيراد | تقليل الواردات | الحد من الاستيراد | التكنولوجيا المحلية | بديل الاستيراد | بدائل الاستيراد | بدائل المستوردات | الصناعات الوطنية | الصناعة الوطنية | المنتجات الوطنية',
  },
);

export const MANUFACTURING_SECTORS: SectorDef[] = [
  manufacturing,
  child(
    manufacturing,
    'equipment',
    {
      en: 'Municipal equipment & machinery',
      tr: 'Belediye ekipman ve makineleri',
      fa: 'تجهیزات و ماشین‌آلات شهری',
      ar: 'المعدات والآلات البلدية',
    },
    {
      en: 'municipal equipment | equipment manufacturing | domestic equipment | locally made equipment | machinery | municipal machinery | heavy machinery | special purpose vehicles | municipal vehicles | utility vehicles | sweepers | equipment | hardware manufacturing | electronics manufacturing | domestic electronics | garbage truck manufacturing | bus manufacturing | vehicle manufacturing | fire truck manufacturing | snow plows | snowplows | snow ploughs | gritters | street sweeper | road sweeper | sweeper truck | snow plow truck | snowplow | gritter',
      tr: 'belediye ekipmanları | ekipman | ekipman üretimi | yerli ekipman | makine | makine imalatı | makine üretimi | iş makineleri | belediye araçları | özel amaçlı araçlar | süpürge aracı | elektronik üretimi | donanım üretimi | yerli donanım | çöp kamyonu üretimi | otobüs üretimi | araç üstü ekipman | itfaiye aracı üretimi | yol süpürme aracı | sokak süpürme aracı | süpürme aracı | kar küreme aracı | kar küreme araçları | tuzlama aracı',
      fa: 'تجهیزات | تجهیزات شهری | تجهیزات شهرداری | تجهیزات داخلی | ساخت تجهیزات | تولید تجهیزات | ماشین آلات | ماشین‌آلات | ماشین آلات شهری | ماشین آلات سنگین | خودروهای خدمات شهری | خودروهای ویژه | جاروب خیابانی | ساخت سخت افزار | تجهیزات الکترونیکی | ساخت ماشین آلات | ساخت خودروهای خدمات شهری | ساخت اتوبوس | خودرو جاروب | ماشین جاروب | خودرو برف روب | ماشین برف روب',
      ar: 'المعدات | المعدات البلدية | تصنيع المعدات | المعدات المحلية | الآلات | الآلات الثقيلة | المعدات الثقيلة | المركبات البلدية | مركبات الخدمات | كناسات الشوارع | تصنيع الإلكترونيات | تصنيع الأجهزة | تصنيع الحافلات | تصنيع المركبات | تصنيع شاحنات النفايات | الآليات | آليات البلدية | الآليات الثقيلة | الجرافات | جرافة | الشيولات | الشيول | اللوادر | البلدوزرات | الحفارات',
    },
  ),
  child(
    manufacturing,
    'spare-parts',
    {
      en: 'Spare parts & reverse engineering',
      tr: 'Yedek parça ve tersine mühendislik',
      fa: 'قطعات یدکی و مهندسی معکوس',
      ar: 'قطع الغيار والهندسة العكسية',
    },
    {
      en: 'spare parts | spares | parts localization | parts manufacturing | component manufacturing | components | reverse engineering | aftermarket parts | replacement parts | maintenance parts | imported parts | imported spare parts | replace imported parts',
      tr: 'yedek parça | yedek parçalar | yedek parça üretimi | parça üretimi | komponent | bileşen üretimi | tersine mühendislik | parça yerlileştirme | ithal yedek parça',
      // قطعات alone is parts (its stem meets قطعی برق, a power cut)
      fa: 'قطعات | قطعات یدکی | قطعه یدکی | قطعه سازی | قطعه‌سازی | ساخت قطعات | بومی سازی قطعات | مهندسی معکوس | لوازم یدکی | قطعات مصرفی | قطعات خارجی | قطعات وارداتی | قطعات خودرو | قطعات اتوبوس | قطعات ناوگان | قطعات ماشین آلات | قطعات مترو | تامین قطعات | قطعات صنعتی',
      ar: 'قطع الغيار | قطع غيار | تصنيع قطع الغيار | تصنيع المكونات | المكونات | الهندسة العكسية | توطين قطع الغيار | الاسبيرات | اسبيرات | الاسبير',
    },
  ),
  child(
    manufacturing,
    'industry',
    {
      en: 'Advanced manufacturing & industry 4.0',
      tr: 'İleri imalat ve endüstri 4.0',
      fa: 'صنعت پیشرفته و صنعت ۴',
      ar: 'التصنيع المتقدم والصناعة 4.0',
    },
    {
      en: 'manufacturing | advanced manufacturing | smart manufacturing | industry 4.0 | industrial automation | automation | robotics | robots | 3d printing | additive manufacturing | cnc | industrial iot manufacturing | factories | industrial production | industrial zones | SMEs manufacturing | SDG 9',
      tr: 'imalat | üretim | sanayi | endüstri | endüstri 4.0 | akıllı üretim | ileri imalat | endüstriyel otomasyon | otomasyon | robotik | robot | 3 boyutlu baskı | 3d baskı | eklemeli imalat | fabrika | organize sanayi bölgesi | OSB',
      fa: 'صنعت | صنایع | تولید | ساخت | صنعت ۴ | صنعت 4.0 | ساخت پیشرفته | تولید هوشمند | اتوماسیون صنعتی | اتوماسیون | رباتیک | ربات | چاپ سه بعدی | چاپ سه‌بعدی | ساخت افزایشی | کارخانه | شهرک صنعتی | شهرک‌های صنعتی',
      ar: 'التصنيع | الصناعة | الصناعات | الإنتاج | الثورة الصناعية الرابعة | الصناعة 4.0 | التصنيع الذكي | التصنيع المتقدم | الأتمتة الصناعية | الأتمتة | الروبوتات | الطباعة ثلاثية الأبعاد | التصنيع بالإضافة | المصانع | المصنع | مصنع | المناطق الصناعية | المدن الصناعية',
    },
  ),
];
