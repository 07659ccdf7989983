// The generated city gazetteer (data/gazetteer/cities.json, scripts/gazetteer/build-cities.ts) and its lookup.
import { describe, expect, it } from 'vitest';
import { cityStates, foldCityName } from '../../server/extract/cities.js';

describe('foldCityName', () => {
  it('drops diacritics, lowers the case and collapses spaces', () => {
    expect(foldCityName('ENCARNACIÓN')).toBe('encarnacion');
    expect(foldCityName('  Pointe-Noire ')).toBe('pointe-noire');
    expect(foldCityName('SÃO  PAULO')).toBe('sao paulo');
  });
});

describe('cityStates: the most populous city first', () => {
  it('gives the state of a city that is no capital, in any case and with or without diacritics', () => {
    expect(cityStates('ENCARNACIÓN')[0]).toBe('PRY');
    expect(cityStates('Encarnacion')[0]).toBe('PRY');
    expect(cityStates('FORT PORTAL')[0]).toBe('UGA');
    expect(cityStates('Rotterdam')[0]).toBe('NLD');
  });
  it('takes the most populous of several cities of one name', () => {
    expect(cityStates('Córdoba')[0]).toBe('ARG');
    expect(cityStates('Valencia')[0]).toBe('VEN');
  });
  it('knows no village, and no word that is no city', () => {
    expect(cityStates('Cincu')).toEqual([]);
    expect(cityStates('')).toEqual([]);
  });
});

describe('cityStates', () => {
  it('lists every state with a city of that name, most populous first, then those of longer names it starts', () => {
    const states = cityStates('SANTA CRUZ');
    expect(states[0]).toBe('PHL');
    expect(states).toContain('BOL');
    expect(states.indexOf('BOL')).toBeGreaterThan(states.indexOf('CRI'));
    expect(cityStates('Encarnación')).toEqual(['PRY', 'MEX']); // Encarnación de Díaz, Mexico
  });
  it('is empty for a word that is no city', () => {
    expect(cityStates('Minister')).toEqual([]);
  });
});
