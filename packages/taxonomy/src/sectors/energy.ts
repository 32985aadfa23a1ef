import { area, child, type SectorDef } from '../sector-types.js';

const energy = area(
  'energy',
  'tight',
  { en: 'Energy', tr: 'Enerji', fa: 'انرژی', ar: 'الطاقة' },
  {
    en: 'energy | energy management | energy solutions | clean energy | cleantech energy | sustainable energy | energy transition | power | electricity | energy sector | energy tech | energytech | municipal energy | low carbon energy | decentralized energy | power plants | power plant | power generation | electricity generation | natural gas | gas distribution | gas leak | gas leaks | gas leak detection | SDG 7',
    tr: 'enerji | enerji yönetimi | temiz enerji | sürdürülebilir enerji | enerji dönüşümü | elektrik | elektrik enerjisi | enerji teknolojileri | enerji çözümleri | düşük karbonlu enerji | santral | santraller | enerji santrali | elektrik üretimi | doğalgaz | doğal gaz | doğalgaz dağıtımı | doğalgaz kaçağı | gaz kaçağı',
    fa: 'انرژی | مدیریت انرژی | انرژی پاک | انرژی پایدار | گذار انرژی | برق | الکتریسیته | فناوری انرژی | صنعت برق | حوزه انرژی | راهکارهای انرژی | نیروگاه | نیروگاه‌ها | تولید برق | گاز طبیعی | گازرسانی | گاز شهری | نشت گاز',
    ar: 'الطاقة | إدارة الطاقة | الطاقة النظيفة | الطاقة المستدامة | تحول الطاقة | التحول الطاقي | الكهرباء | قطاع الطاقة | تقنيات الطاقة | حلول الطاقة | محطات الكهرباء | محطات توليد الكهرباء | توليد الكهرباء | الغاز الطبيعي | تسرب الغاز',
  },
);

export const ENERGY_SECTORS: SectorDef[] = [
  energy,
  child(
    energy,
    'renewables',
    {
      en: 'Renewable energy',
      tr: 'Yenilenebilir enerji',
      fa: 'انرژی تجدیدپذیر',
      ar: 'الطاقة المتجددة',
    },
    {
      en: 'renewable energy | renewables | renewable | renewable power | green energy | green power | alternative energy | wind | wind energy | wind power | wind turbines | geothermal | geothermal energy | hydropower | small hydro | biomass | bioenergy | hydrogen | green hydrogen',
      tr: 'yenilenebilir enerji | yenilenebilir enerji kaynakları | yenilenebilir | yeşil enerji | alternatif enerji | rüzgar enerjisi | rüzgar | RES | rüzgar türbini | jeotermal | jeotermal enerji | hidroelektrik | biyokütle | biyoenerji | hidrojen | yeşil hidrojen',
      fa: 'انرژی تجدیدپذیر | انرژی‌های تجدیدپذیر | انرژی تجدید پذیر | انرژی های تجدید پذیر | تجدیدپذیر | انرژی نو | انرژی‌های نو | انرژی سبز | انرژی جایگزین | انرژی بادی | توربین بادی | نیروگاه بادی | زمین گرمایی | انرژی زمین گرمایی | برق آبی | زیست توده | هیدروژن | هیدروژن سبز',
      ar: 'الطاقة المتجددة | الطاقات المتجددة | طاقة متجددة | الطاقة الخضراء | الطاقة البديلة | طاقة الرياح | توربينات الرياح | الطاقة الحرارية الجوفية | الطاقة الكهرومائية | الكتلة الحيوية | الطاقة الحيوية | الهيدروجين | الهيدروجين الأخضر | الطاقة الحرارية الأرضية | الحرارة الجوفية',
    },
  ),
  child(
    energy,
    'solar',
    { en: 'Solar energy', tr: 'Güneş enerjisi', fa: 'انرژی خورشیدی', ar: 'الطاقة الشمسية' },
    {
      en: 'solar | solar energy | solar power | solar panels | solar panel | solar pv | PV | photovoltaic | photovoltaics | rooftop solar | solar rooftops | solar farm | solar plant | solar power plant | solar street lights | solar water heaters | agrivoltaics',
      tr: 'güneş enerjisi | güneş | güneş paneli | güneş panelleri | GES | güneş enerji santrali | çatı GES | çatı üstü güneş | fotovoltaik | PV panel | güneş kollektörü | güneş tarlası',
      fa: 'انرژی خورشیدی | خورشیدی | پنل خورشیدی | پنل‌های خورشیدی | صفحات خورشیدی | نیروگاه خورشیدی | نیروگاه‌های خورشیدی | فتوولتائیک | فتوولتاییک | سلول خورشیدی | آبگرمکن خورشیدی | پشت بام خورشیدی | برق خورشیدی',
      ar: 'الطاقة الشمسية | طاقة شمسية | الألواح الشمسية | ألواح شمسية | الخلايا الشمسية | الطاقة الكهروضوئية | الخلايا الكهروضوئية | محطة الطاقة الشمسية | محطات الطاقة الشمسية | الطاقة الشمسية على الأسطح | السخانات الشمسية',
    },
  ),
  child(
    energy,
    'efficiency',
    {
      en: 'Energy efficiency',
      tr: 'Enerji verimliliği',
      fa: 'بهینه‌سازی مصرف انرژی',
      ar: 'كفاءة الطاقة',
    },
    {
      en: 'energy efficiency | energy efficient | energy saving | energy savings | energy conservation | energy audit | energy audits | energy retrofit | building retrofit | building energy | building energy management | BEMS | HVAC optimization | heat pumps | insulation retrofit | energy performance | energy monitoring | energy consumption | electricity bills | energy bills | energy costs | energy cost reduction | energy saving bulbs | energy-saving lamps | ESCO | energy service company | energy services company',
      tr: 'enerji verimliliği | enerji verimli | enerji tasarrufu | enerji etüdü | enerji denetimi | bina enerji verimliliği | bina enerji yönetimi | enerji tüketimi | enerji izleme | ısı pompası | enerji performansı | enerji kimlik belgesi | enerji tüketiminin azaltılması | enerji tüketimini azaltma | elektrik faturası | elektrik faturaları | enerji maliyetleri',
      fa: 'بهینه سازی مصرف انرژی | بهینه‌سازی انرژی | بهینه سازی انرژی | بهره‌وری انرژی | بهره وری انرژی | کارایی انرژی | صرفه جویی انرژی | صرفه‌جویی در مصرف انرژی | کاهش مصرف انرژی | مدیریت مصرف انرژی | ممیزی انرژی | مصرف انرژی | پمپ حرارتی | بهینه سازی ساختمان | قبض برق | هزینه انرژی | هزینه برق | لامپ کم مصرف | لامپ‌های کم مصرف',
      ar: 'كفاءة الطاقة | كفاءة استخدام الطاقة | ترشيد الطاقة | ترشيد استهلاك الطاقة | توفير الطاقة | تدقيق الطاقة | استهلاك الطاقة | إدارة استهلاك الطاقة | المضخات الحرارية | رفع كفاءة المباني | فاتورة الكهرباء | فواتير الكهرباء | تكاليف الطاقة | المصابيح الموفرة | المصابيح الموفرة للطاقة | النجاعة الطاقية | الفعالية الطاقية | الكفاءة الطاقوية',
    },
  ),
  child(
    energy,
    'grid',
    {
      en: 'Smart grid & storage',
      tr: 'Akıllı şebeke ve depolama',
      fa: 'شبکه هوشمند و ذخیره‌سازی',
      ar: 'الشبكة الذكية والتخزين',
    },
    {
      en: 'smart grid | smart grids | grid | power grid | microgrid | microgrids | energy storage | battery storage | batteries | BESS | demand response | district heating | district cooling | distributed energy | virtual power plant | electricity distribution | power distribution | power outages | power outage | blackouts | load management | load balancing | peak shaving | peak load | cogeneration | CHP | combined heat and power | trigeneration | smart electricity meters',
      tr: 'akıllı şebeke | akıllı şebekeler | şebeke | elektrik şebekesi | mikro şebeke | enerji depolama | batarya | batarya depolama | talep tarafı yönetimi | bölgesel ısıtma | merkezi ısıtma | dağıtık enerji | sanal santral | elektrik dağıtımı | elektrik kesintisi | elektrik kesintileri | yük yönetimi | kojenerasyon | trijenerasyon | akıllı elektrik sayacı | akıllı elektrik sayaçları',
      fa: 'شبکه هوشمند | شبکه هوشمند برق | شبکه برق | ریزشبکه | ریز شبکه | ذخیره‌سازی انرژی | ذخیره سازی انرژی | باتری | باتری‌ها | مدیریت تقاضا | پاسخگویی بار | گرمایش منطقه‌ای | تولید پراکنده | نیروگاه مجازی | توزیع برق | قطعی برق | خاموشی | خاموشی‌ها | مدیریت بار | پیک بار | تولید همزمان برق و حرارت | کنتور هوشمند برق | کنتور برق هوشمند',
      ar: 'الشبكة الذكية | الشبكات الذكية | شبكة الكهرباء | الشبكات الصغيرة | تخزين الطاقة | تخزين البطاريات | البطاريات | الاستجابة للطلب | التدفئة المركزية | تبريد المناطق | الطاقة الموزعة | توزيع الكهرباء | انقطاع الكهرباء | انقطاع التيار الكهربائي | إدارة الأحمال | الأحمال القصوى | التوليد المشترك | العدادات الكهربائية الذكية | عدادات الكهرباء الذكية',
    },
  ),
];
