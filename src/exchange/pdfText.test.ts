import { describe, expect, it } from 'vitest';
import { pdfText } from './pdfText.ts';

describe('pdfText', () => {
  it('keeps Latin-1 text as it is', () => {
    expect(pdfText('Café Müller, 25 % · ß')).toBe('Café Müller, 25 % · ß');
  });

  it('replaces typographic punctuation with plain twins', () => {
    expect(pdfText('“Fees” – clear… → −2 €')).toBe('"Fees" - clear... -> -2 EUR');
  });

  it('drops accents outside Latin-1 and marks what cannot be shown', () => {
    expect(pdfText('Łódź, Šárka, Ørsted')).toBe('Lódz, Sárka, Ørsted');
    expect(pdfText('Оплата 🚀!')).toBe('? ?!');
  });

  it('turns line breaks into spaces', () => {
    expect(pdfText('one\r\ntwo')).toBe('one two');
  });
});
