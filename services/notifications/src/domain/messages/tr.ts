import type { EmailMessages } from './email-messages.js';

// Placeholders never carry a suffix here ("{city} şehrinde" rather than "{city}'de"): Turkish
// suffixes follow the word's vowels, which a template cannot know.
export const tr: EmailMessages = {
  matchSubject: 'Girişiminize uygun yeni bir çağrı: {title}',
  digestSubject: {
    other: 'Girişiminize uygun {count} yeni çağrı',
  },
  greeting: 'Merhaba {name} ekibi,',
  matchIntro:
    'Girişiminizin profiline uyan bir belediye çağrısı bulduk. Ayrıntıları ve sizi neden eşleştirdiğimizi aşağıda bulabilirsiniz.',
  digestIntro: '{day} tarihinde girişiminizle eşleşen çağrılar:',
  labels: {
    challenge: 'Çağrı',
    organisation: 'Kurum',
    location: 'Konum',
    deadline: 'Son başvuru tarihi',
    score: 'Uyum puanı',
    rank: 'Kısa listedeki sıranız',
  },
  location: '{city}, {country}',
  noDeadline: 'Son başvuru tarihi belirtilmemiş',
  reasonsHeading: 'Eşleşme nedenleri',
  reasons: {
    exact: '“{yourTag}” etiketiniz, çağrının “{sector}” sektörüyle birebir örtüşüyor.',
    parent:
      '“{yourTag}” etiketiniz, çağrının “{sector}” sektörünü de kapsayan daha geniş bir alan.',
    child: '“{yourTag}” etiketiniz, çağrının “{sector}” sektörü içinde bir uzmanlık alanı.',
    sibling: '“{yourTag}” etiketiniz, çağrının “{sector}” sektörüyle yakından ilişkili.',
    free: '“{yourTag}” etiketiniz, çağrıdaki “{challengeTag}” anahtar kelimesiyle eşleşiyor.',
    city: 'Girişiminiz çağrıyla aynı şehirde: {city}.',
    country: 'Girişiminiz çağrıyla aynı ülkede faaliyet gösteriyor: {country}.',
    language: 'Ekibiniz çağrının yazıldığı dilde çalışıyor: {language}.',
  },
  viewChallenge: 'Çağrıyı incele',
  footer:
    'Bu e-postayı, girişiminizin CityMatch profili bir belediye çağrısıyla eşleştiği için alıyorsunuz.',
  unsubscribeLead: 'Bu e-postaları artık almak istemiyor musunuz?',
  unsubscribe: 'Tek tıkla abonelikten çıkın',
};
