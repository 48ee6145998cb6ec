import { todayIn } from '@/db/domain/dates';
import { env } from './env';
import { TIME_ZONE } from './i18n/locales';

/** "Today" for deadlines: SEED_TODAY in a demo of the 2021 plan, otherwise the date in Vietnam. */
export function appToday(): string {
  return env().SEED_TODAY ?? todayIn(TIME_ZONE);
}
