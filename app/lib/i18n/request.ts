import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from '@/messages/load';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, TIME_ZONE } from './locales';

// Vietnamese first; English is a switch (a cookie), so URLs stay the same in both languages.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: await loadMessages(locale),
  };
});
