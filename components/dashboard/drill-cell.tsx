import Link from 'next/link';
import { formatNumber } from '@/app/lib/format';

type Props = {
  /** The number of tasks behind the figure: shown unless `text` is given; zero links nowhere. */
  value: number;
  href: string | null;
  /** What the number counts, for a link read out of its table ("huyện Bắc Sơn, Quá hạn: 2"). */
  label: string;
  /** The text shown when it is not the count itself (a percentage). */
  text?: string;
};

/** A number in a data table that opens the same slice as its bar; zero links to nothing. */
export function DrillCell({ value, href, label, text }: Props) {
  const shown = text ?? formatNumber(value);
  return (
    <td className="num">
      {href && value > 0 ? (
        <Link href={href} aria-label={`${label}: ${shown}`}>
          {shown}
        </Link>
      ) : (
        shown
      )}
    </td>
  );
}
