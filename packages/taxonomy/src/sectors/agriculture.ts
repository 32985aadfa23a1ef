import { area, child, type SectorDef } from '../sector-types.js';

const agriculture = area(
  'agriculture',
  'tight',
  { en: 'Agriculture & food', tr: 'Tarım ve gıda', fa: 'کشاورزی و غذا', ar: 'الزراعة والغذاء' },
  {
    en: 'agriculture | agritech | agtech | agri tech | farming | smart farming | smart agriculture | precision agriculture | food systems | agrifood | livestock | greenhouses | greenhouse | aquaculture | rural development | beekeeping | apiculture | fisheries | crop monitoring | local farmers | smallholder farmers | farmer support | agricultural cooperatives | seed bank | seed banks | local seeds | farm technology | farmtech | farming technology | food and agriculture | food & agriculture',
    tr: 'tarım | tarım teknolojileri | tarım teknolojisi | akıllı tarım | hassas tarım | çiftçilik | çiftçi | hayvancılık | sera | seracılık | su ürünleri | kırsal kalkınma | tarımsal üretim | arıcılık | balıkçılık | yerel üretici | yerel üreticiler | çiftçiye destek | çiftçi desteği | tarım kooperatifi | tarım kooperatifleri | tohum bankası | yerel tohum | ata tohumu | gıda ve tarım | kırsal hizmetler',
    fa: 'کشاورزی | کشاورزی هوشمند | کشاورزی دقیق | فناوری کشاورزی | دامپروری | دامداری | گلخانه | گلخانه هوشمند | آبزی پروری | توسعه روستایی | کشاورز | کشاورزان | زنبورداری | پرورش زنبور عسل | شیلات | ماهیگیری | تعاونی کشاورزی | تعاونی‌های کشاورزی | بانک بذر | غذا و کشاورزی',
    ar: 'الزراعة | الزراعة الذكية | التكنولوجيا الزراعية | الزراعة الدقيقة | النظم الغذائية | الثروة الحيوانية | البيوت المحمية | الدفيئات الزراعية | الاستزراع السمكي | التنمية الريفية | المزارعين | تربية النحل | صيد الأسماك | الثروة السمكية | مصايد الأسماك | التعاونيات الزراعية | بنك البذور | الفلاحة | القطاع الفلاحي | الفلاحين',
  },
);

export const AGRICULTURE_SECTORS: SectorDef[] = [
  agriculture,
  child(
    agriculture,
    'urban-farming',
    { en: 'Urban farming', tr: 'Kentsel tarım', fa: 'کشاورزی شهری', ar: 'الزراعة الحضرية' },
    {
      en: 'urban farming | urban agriculture | vertical farming | vertical farms | rooftop farming | community gardens | hydroponics | aquaponics | indoor farming | allotments | city farm | city farms',
      tr: 'kentsel tarım | şehir tarımı | dikey tarım | çatı tarımı | topluluk bahçeleri | hobi bahçeleri | hidroponik | topraksız tarım | akuaponik | bostan | kent bostanı | hobi bahçesi | kent çiftliği | şehir çiftliği | kent çiftlikleri',
      // باغبانی شهری: urban gardening
      fa: 'کشاورزی شهری | کشاورزی عمودی | مزرعه عمودی | کشاورزی پشت بام | باغچه‌های محلی | باغ‌های اجتماعی | هیدروپونیک | کشت بدون خاک | آکواپونیک | مزرعه شهری | مزارع شهری | باغبانی شهری',
      ar: 'الزراعة الحضرية | الزراعة العمودية | المزارع العمودية | زراعة الأسطح | الحدائق المجتمعية | الزراعة المائية | الزراعة بدون تربة | الزراعة في المدن | الزراعة داخل المدن | المزارع الحضرية | مزرعة حضرية',
    },
  ),
  child(
    agriculture,
    'food',
    {
      en: 'Food supply & markets',
      tr: 'Gıda tedariki ve pazarlar',
      fa: 'تامین غذا و بازارها',
      ar: 'الإمداد الغذائي والأسواق',
    },
    {
      en: 'food | food security | food supply | food supply chain | food distribution | food markets | farmers markets | wholesale markets | local food | food banks | food tech | foodtech | cold chain | food retail | bakeries | farm to table | farm to fork | produce market | produce markets | fresh produce markets | fruit and vegetable market | abattoir | slaughterhouse | SDG 2 | direct from farmers',
      tr: 'gıda | gıda güvenliği | gıda güvencesi | gıda tedariki | gıda tedarik zinciri | gıda dağıtımı | semt pazarı | halk pazarı | hal | toptancı hali | yerel gıda | gıda bankası | gıda teknolojileri | soğuk zincir | halk ekmek | meyve sebze hali | sebze hali | mezbaha | kesimhane | üreticiden tüketiciye | tarladan sofraya | çiftlikten sofraya | üretici pazarı',
      fa: 'غذا | امنیت غذایی | امنیت غذا | مواد غذایی | تامین غذا | زنجیره تامین غذا | توزیع مواد غذایی | بازار میوه و تره بار | میدان میوه و تره بار | تره بار | بازارچه محلی | بانک غذا | فناوری غذا | زنجیره سرد | نان | کشتارگاه | کشتارگاه‌ها | کشتارگاه دام | کشتارگاه صنعتی | مزرعه تا سفره | تولید به مصرف | عرضه مستقیم محصولات کشاورزی | فروش مستقیم محصولات کشاورزی',
      ar: 'الغذاء | الأغذية | الأمن الغذائي | الإمدادات الغذائية | سلسلة الإمداد الغذائي | توزيع الغذاء | أسواق الخضار | أسواق الجملة | الأسواق الشعبية | بنوك الطعام | تكنولوجيا الغذاء | سلسلة التبريد | المخابز | سوق الخضار | سوق الخضار والفواكه | سوق الجملة | المسالخ | المسلخ | مسلخ | مسالخ | المسلخ البلدي | المسالخ البلدية | من المزرعة إلى المائدة | من المنتج إلى المستهلك',
    },
  ),
];
