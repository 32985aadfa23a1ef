import { area, child, type SectorDef } from '../sector-types.js';

const social = area(
  'social',
  'tight',
  {
    en: 'Social services & inclusion',
    tr: 'Sosyal hizmetler ve kapsayıcılık',
    fa: 'خدمات اجتماعی',
    ar: 'الخدمات الاجتماعية والإدماج',
  },
  {
    en: 'social services | social welfare | social assistance | social protection | social inclusion | inclusion | community services | social care | poverty | poverty reduction | homelessness | homeless | refugees | migrants | social innovation | social impact | food aid | charity | soup kitchen | soup kitchens | low-income families | low income households | vulnerable groups | NGOs | NGO | civil society | social cohesion | people in need | needy families | zakat | social solidarity | solidarity | welfare | welfare services | human services',
    tr: 'sosyal hizmetler | sosyal hizmet | sosyal yardım | sosyal yardımlar | sosyal belediyecilik | sosyal koruma | sosyal içerme | kapsayıcılık | toplum hizmetleri | yoksulluk | yoksullukla mücadele | evsizlik | evsizler | mülteci | mülteciler | göçmenler | sosyal inovasyon | sosyal etki | gıda yardımı | hayırseverlik | aşevi | aşevleri | dar gelirli | dar gelirli aileler | ihtiyaç sahibi aileler | yoksullara yardım | muhtaç ailelere yardım | STK | sivil toplum | sivil toplum kuruluşları | toplumsal uyum | sosyal uyum | yoksul aileler | yoksul ailelere destek | ihtiyaç sahipleri | sosyal market | sosyal kart | düşük gelirli | düşük gelirli aileler | sosyal dayanışma | dayanışma | yardımlaşma ve dayanışma',
    fa: 'خدمات اجتماعی | رفاه اجتماعی | مددکاری اجتماعی | حمایت اجتماعی | تامین اجتماعی | آسیب های اجتماعی | آسیب‌های اجتماعی | فقر | فقرزدایی | کارتن خوابی | کارتن خواب | بی خانمان | بی‌خانمانی | مهاجران | پناهندگان | نوآوری اجتماعی | اثر اجتماعی | نیکوکاری | خیریه | خانواده‌های کم درآمد | اقشار کم درآمد | سازمان‌های مردم نهاد | انسجام اجتماعی | گرمخانه | نیازمندان | کمک به نیازمندان | اقشار آسیب پذیر | زکات | همبستگی اجتماعی | امور اجتماعی | معاونت اجتماعی | معاونت امور اجتماعی | توسعه اجتماعی',
    ar: 'الخدمات الاجتماعية | الرعاية الاجتماعية | المساعدات الاجتماعية | الحماية الاجتماعية | الإدماج الاجتماعي | الشمول | الخدمات المجتمعية | الفقر | مكافحة الفقر | التشرد | المشردين | اللاجئين | المهاجرين | الابتكار الاجتماعي | الأثر الاجتماعي | العمل الخيري | الأسر ذات الدخل المحدود | الأسر المحتاجة | الفئات الهشة | منظمات المجتمع المدني | المجتمع المدني | التماسك الاجتماعي | المحتاجين | مساعدة المحتاجين | الفئات الضعيفة | الزكاة | الأسر محدودة الدخل | محدودي الدخل | التضامن الاجتماعي | التضامن | الشؤون الاجتماعية | التنمية الاجتماعية',
  },
);

export const SOCIAL_SECTORS: SectorDef[] = [
  social,
  child(
    social,
    'accessibility',
    {
      en: 'Accessibility & disability',
      tr: 'Erişilebilirlik ve engelliler',
      fa: 'دسترس‌پذیری و معلولان',
      ar: 'إمكانية الوصول وذوو الإعاقة',
    },
    {
      en: 'accessibility | accessible city | disability | disabilities | people with disabilities | persons with disabilities | disabled | inclusive design | universal design | barrier free | assistive technology | wheelchair access | visually impaired | hearing impaired | special needs | sign language | a11y | ADA compliance',
      tr: 'erişilebilirlik | erişilebilir şehir | engelli | engelliler | engelli bireyler | engelsiz | engelsiz şehir | engelsiz yaşam | evrensel tasarım | yardımcı teknolojiler | tekerlekli sandalye | görme engelli | işitme engelli | özel gereksinimli | özel gereksinimli bireyler | işaret dili | engelli erişimi',
      fa: 'دسترس پذیری | دسترس‌پذیری | دسترسی پذیری | معلولان | معلولین | افراد دارای معلولیت | توانیابان | معلولیت | مناسب سازی | مناسب‌سازی | مناسب سازی معابر | طراحی همه شمول | فناوری کمکی | ویلچر | نابینایان | ناشنوایان | کم توان | کم‌توان | افراد کم توان | توان‌خواهان | نیازهای ویژه | افراد با نیازهای ویژه | زبان اشاره',
      ar: 'إمكانية الوصول | سهولة الوصول | ذوي الإعاقة | الأشخاص ذوي الإعاقة | الإعاقة | ذوي الاحتياجات الخاصة | أصحاب الهمم | التصميم الشامل | التكنولوجيا المساعدة | الكراسي المتحركة | المكفوفين | ضعاف السمع | لغة الإشارة | الصم | المعاقين | المعاقون',
    },
  ),
  child(
    social,
    'community',
    {
      en: 'Women, youth & children',
      tr: 'Kadın, gençlik ve çocuk',
      fa: 'زنان، جوانان و کودکان',
      ar: 'المرأة والشباب والأطفال',
    },
    {
      en: 'women | women empowerment | gender equality | youth | young people | youth services | children | child care | childcare | families | family services | early childhood | child protection | women entrepreneurship',
      tr: 'kadın | kadınlar | kadın güçlendirme | toplumsal cinsiyet eşitliği | gençlik | gençler | gençlik hizmetleri | çocuk | çocuklar | çocuk bakımı | kreş | aile | aile hizmetleri | çocuk koruma | kadın girişimciliği',
      fa: 'زنان | توانمندسازی زنان | برابری جنسیتی | جوانان | نوجوانان | کودکان | کودک | خانواده | خدمات خانواده | حمایت از کودکان | کارآفرینی زنان | سرای محله | بانوان | امور بانوان',
      ar: 'المرأة | تمكين المرأة | المساواة بين الجنسين | الشباب | الأطفال | الطفولة | رعاية الأطفال | حضانات الأطفال | الأسرة | خدمات الأسرة | حماية الطفل | ريادة الأعمال النسائية | النساء | شؤون المرأة | الأيتام | رعاية الأيتام | دور الأيتام',
    },
  ),
];
