import { mintToken } from '@citymatch/service-kit';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Dev-secret tokens for each role, as the services accept them in tests. */
export const tokens = {
  admin: () => mintToken({ role: 'admin' }),
  municipality: (org: string) => mintToken({ role: 'municipality', org }),
  startup: (startup = 'some-startup') => mintToken({ role: 'startup', startup }),
};
