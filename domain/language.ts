// PLACEHOLDER until the vocabulary work lands: Danish unless the text is clearly English.
import type { Lang } from './types';

const EN = /\b(the|what|what's|is|are|due|this|next|when|anything|coming|up|help|please|with|about|on|yesterday|today|tomorrow)\b/i;
const DA = /[æøå]|\b(hvad|er|der|og|om|med|i|til|næste|denne|hvornår|skal|vi)\b/i;

export function detectLanguage(text: string, locale?: string): Lang {
  if (DA.test(text)) return 'da';
  if (EN.test(text)) return 'en';
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}
