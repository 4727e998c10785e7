import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import notoSansJp from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import notoSansKr from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import notoSansSc from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { missingGlyphs, scriptsOf, type FallbackFont, type FontFiles } from './pdfFonts.ts';

/*
 * The report's fonts, served with the app (no internet needed) and fetched only when
 * a PDF is made; each CJK font (5–10 MB) only when the map's text needs it: Noto Sans JP
 * for kana, Han or CJK punctuation, Noto Sans SC for Han characters Noto Sans JP lacks
 * (Simplified Chinese), Noto Sans KR for Hangul.
 * Inter and Noto Sans JP/SC/KR: SIL Open Font License 1.1 (packages @expo-google-fonts/*).
 */

async function binary(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font ${url} could not be loaded (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

/** The fonts for a report whose text is `text`. */
export async function loadFontFiles(text: string): Promise<FontFiles> {
  const need = scriptsOf(text);
  const [regular, bold, jp, kr] = await Promise.all([
    binary(interRegular),
    binary(interBold),
    need.jp ? binary(notoSansJp) : undefined,
    need.kr ? binary(notoSansKr) : undefined,
  ]);
  const fallbacks: FallbackFont[] = [];
  if (jp !== undefined) fallbacks.push({ name: 'NotoSansJP', data: jp });
  if (jp !== undefined && missingGlyphs(jp, need.han) !== '')
    fallbacks.push({ name: 'NotoSansSC', data: await binary(notoSansSc) });
  if (kr !== undefined) fallbacks.push({ name: 'NotoSansKR', data: kr });
  return { regular, bold, fallbacks };
}
