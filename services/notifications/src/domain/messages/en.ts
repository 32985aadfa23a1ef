import type { EmailMessages } from './email-messages.js';

export const en: EmailMessages = {
  matchSubject: 'A new challenge fits your startup: {title}',
  digestSubject: {
    one: '1 new challenge fits your startup',
    other: '{count} new challenges fit your startup',
  },
  greeting: 'Hello {name} team,',
  matchIntro:
    'We found a city challenge that fits your startup’s profile. Here are the details, and why we think you are a good match.',
  digestIntro: 'These challenges matched your startup on {day}:',
  labels: {
    challenge: 'Challenge',
    organisation: 'Organisation',
    location: 'Location',
    deadline: 'Deadline',
    score: 'Match score',
    rank: 'Your place on the shortlist',
  },
  location: '{city}, {country}',
  noDeadline: 'No deadline set',
  reasonsHeading: 'Why we matched you',
  reasons: {
    exact: 'Your tag “{yourTag}” matches the challenge’s “{sector}” sector exactly.',
    parent:
      'Your tag “{yourTag}” is a broader field that covers the challenge’s “{sector}” sector.',
    child: 'Your tag “{yourTag}” is a specialism within the challenge’s “{sector}” sector.',
    sibling: 'Your tag “{yourTag}” is closely related to the challenge’s “{sector}” sector.',
    free: 'Your tag “{yourTag}” matches the challenge’s keyword “{challengeTag}”.',
    city: 'You are based in {city}, the same city as the challenge.',
    country: 'You work in {country}, the same country as the challenge.',
    language: 'Your team works in {language}, the language of the challenge.',
  },
  viewChallenge: 'View the challenge',
  footer:
    'You are receiving this email because your startup’s profile on CityMatch matched a city challenge.',
  unsubscribeLead: 'Don’t want these emails any more?',
  unsubscribe: 'Unsubscribe in one click',
};
